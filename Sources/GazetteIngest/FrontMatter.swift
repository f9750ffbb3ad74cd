import GazetteCore
import Yams

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatterSplit: Equatable {
    /// The YAML between the fences; nil when the file has no front matter.
    var yaml: String?
    var body: String
    /// Line number (1-based, in the file) of the first YAML line.
    var yamlFirstLine: Int
}

/// One `key: value` pair of a front matter mapping, in the shape `FrontMatterFields` reads:
/// the part of a Yams node it looks at, whichever parser produced it.
struct FrontMatterEntry: Equatable {
    /// The key's text; nil for a key that is not a scalar.
    var key: String?
    var value: FrontMatterValue
}

struct FrontMatterValue: Equatable {
    enum Kind: Equatable {
        /// A scalar's text; `plain` when it was written without quotes or block indicators.
        case scalar(String, plain: Bool)
        /// A sequence's items when all are scalars; nil when some item is not.
        case sequence([String]?)
        /// A mapping (or anything else that is neither a scalar nor a sequence).
        case other
    }

    var kind: Kind
    /// Where the value starts (1-based, in the YAML's own numbering; columns in scalars).
    var line: Int?
    var column: Int?
}

/// Splits and parses YAML front matter, reporting problems at their place in the file.
enum FrontMatter {
    /// Splits at an opening `---` on the first line and the next `---` or `...` line.
    /// Returns the error diagnostic when the closing fence is missing.
    /// - Complexity: O(n) in the bytes of the front matter; the body is copied once.
    static func split(_ text: String, path: String) -> Result<FrontMatterSplit, FrontMatterError> {
        let utf8 = text.utf8
        // Lines are `\n`-separated; a fence is `---` (or `...` to close) plus trailing spaces/tabs.
        func isFence(_ start: String.Index, _ end: String.Index, closing: Bool) -> Bool {
            var i = start
            var dots = 0
            var dashes = 0
            while i < end {
                let byte = utf8[i]
                if byte == UInt8(ascii: "-") && dots == 0 && dashes < 3 { dashes += 1 }
                else if closing && byte == UInt8(ascii: ".") && dashes == 0 && dots < 3 { dots += 1 }
                else { break }
                utf8.formIndex(after: &i)
            }
            guard dashes == 3 || dots == 3 else { return false }
            while i < end {
                let byte = utf8[i]
                guard byte == 0x20 || byte == 0x09 else { return false }
                utf8.formIndex(after: &i)
            }
            return true
        }
        let firstEnd = utf8.firstIndex(of: 0x0A) ?? utf8.endIndex
        guard isFence(utf8.startIndex, firstEnd, closing: false) else {
            return .success(FrontMatterSplit(yaml: nil, body: text, yamlFirstLine: 1))
        }
        guard firstEnd < utf8.endIndex else {
            return .failure(FrontMatterError(.error(path, line: 1, column: 1, IngestMessage.unclosedFrontMatter)))
        }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        while true {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            if isFence(lineStart, lineEnd, closing: true) {
                // The YAML is the lines between the fences, joined without the last newline.
                let yaml = lineStart == yamlStart ? "" : String(text[yamlStart..<utf8.index(before: lineStart)])
                let body = lineEnd == utf8.endIndex ? "" : String(text[utf8.index(after: lineEnd)...])
                return .success(FrontMatterSplit(yaml: yaml, body: body, yamlFirstLine: 2))
            }
            guard lineEnd < utf8.endIndex else { break }
            lineStart = utf8.index(after: lineEnd)
        }
        return .failure(FrontMatterError(.error(path, line: 1, column: 1, IngestMessage.unclosedFrontMatter)))
    }

    /// Parses the YAML into its mapping's entries; an empty front matter has none.
    /// The common flat shape is read directly (`FlatFrontMatter`); anything else goes to Yams.
    static func parse(_ yaml: String, firstLine: Int, path: String) -> Result<[FrontMatterEntry], FrontMatterError> {
        if let entries = FlatFrontMatter.parse(yaml) { return .success(entries) }
        return parseWithYams(yaml, firstLine: firstLine, path: path)
    }

    /// The general path: Yams' node tree, read into entries.
    static func parseWithYams(_ yaml: String, firstLine: Int, path: String) -> Result<[FrontMatterEntry], FrontMatterError> {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return .failure(FrontMatterError(diagnostic(error, firstLine: firstLine, path: path)))
        } catch {
            return .failure(FrontMatterError(.error(path, line: firstLine, column: 1,
                                                    IngestMessage.frontMatterSyntax("unreadable YAML"))))
        }
        guard let node else { return .success([]) }
        guard let mapping = node.mapping else {
            let line = (node.mark?.line ?? 1) + firstLine - 1
            return .failure(FrontMatterError(.error(path, line: line, column: node.mark?.column ?? 1,
                                                    IngestMessage.frontMatterNotMapping)))
        }
        return .success(mapping.map { key, value in FrontMatterEntry(key: key.scalar?.string, value: entryValue(value)) })
    }

    private static func entryValue(_ node: Node) -> FrontMatterValue {
        let kind: FrontMatterValue.Kind
        if let scalar = node.scalar {
            kind = .scalar(scalar.string, plain: scalar.style == .plain)
        } else if let sequence = node.sequence {
            kind = .sequence(sequence.allSatisfy { $0.scalar != nil } ? sequence.compactMap { $0.scalar?.string } : nil)
        } else {
            kind = .other
        }
        return FrontMatterValue(kind: kind, line: node.mark?.line, column: node.mark?.column)
    }

    /// A Yams error as a diagnostic, its line moved from the YAML's numbering to the file's.
    private static func diagnostic(_ error: YamlError, firstLine: Int, path: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return .error(path, line: mark.line + firstLine - 1, column: mark.column,
                          IngestMessage.frontMatterSyntax(problem))
        case .reader(let problem, _, _, _):
            return .error(path, line: firstLine, column: 1, IngestMessage.frontMatterSyntax(problem))
        default:
            return .error(path, line: firstLine, column: 1, IngestMessage.frontMatterSyntax("unreadable YAML"))
        }
    }
}

/// A front matter problem that skips the article.
struct FrontMatterError: Error {
    var diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
