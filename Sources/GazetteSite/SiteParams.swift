import Foundation
import GazetteCore
import Yams

/// The `params:` of `gazette.yml`, as Hugo's `site.Params`: values of the site's own that its
/// templates read as `{{site.params.NAME}}` (a newsroom's address, a social handle, a notice to
/// show in the masthead). Gazette itself reads none of them.
///
/// Kept in the order written, so that the settings (which key the build cache) describe them the
/// same way every time. Booleans stay booleans, for `{{#site.params.flag}}` sections; `null` is
/// false; every other scalar is the text as written. Templates escape the values as any other.
public indirect enum SiteParam: Sendable, Hashable {
    case text(String)
    case flag(Bool)
    case list([SiteParam])
    case map([Entry])

    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: SiteParam
    }

    /// Values beyond this many (an alias repeated over and over can make a few lines stand for
    /// millions) or nested deeper than `maximumDepth` are a config error.
    static let maximumValues = 10_000
    static let maximumDepth = 16

    /// The value as templates see it: a dictionary, array, string or boolean.
    public var templateValue: Any {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let items): items.map(\.templateValue)
        case .map(let entries):
            Dictionary(entries.map { ($0.key, $0.value.templateValue) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Reads a YAML node; a mapping's keys must be names.
    /// - Throws: a message saying what is wrong (the caller names the file and line).
    static func read(_ node: Node) throws -> SiteParam {
        var count = 0
        return try read(node, depth: 0, count: &count)
    }

    private static func read(_ node: Node, depth: Int, count: inout Int) throws -> SiteParam {
        count += 1
        guard count <= maximumValues else { throw ParamError("'params' holds more than \(maximumValues) values") }
        guard depth <= maximumDepth else { throw ParamError("'params' nests deeper than \(maximumDepth) levels") }
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, node.null != nil { return .flag(false) }
            if scalar.style == .plain, let flag = node.bool { return .flag(flag) }
            return .text(scalar.string)
        case .sequence(let sequence):
            return .list(try sequence.map { try read($0, depth: depth + 1, count: &count) })
        case .mapping(let mapping):
            // Yams refuses a key written twice.
            var entries: [Entry] = []
            for (key, value) in mapping {
                guard case .scalar = key, let name = key.string, !name.isEmpty else {
                    throw ParamError("a key in 'params' must be a name", line: key.mark?.line)
                }
                entries.append(Entry(key: name, value: try read(value, depth: depth + 1, count: &count)))
            }
            return .map(entries)
        case .alias:
            throw ParamError("'params' cannot hold an unresolved alias", line: node.mark?.line)
        }
    }

    struct ParamError: Error {
        var message: String
        var line: Int?

        init(_ message: String, line: Int? = nil) {
            self.message = message
            self.line = line
        }
    }
}
