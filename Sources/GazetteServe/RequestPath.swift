import GazetteCore

/// A request path checked and turned into a key of the in-memory site.
///
/// The raw path is percent-decoded first and only then checked, so `%2e%2e`, `..%2f` and the
/// like are caught: any `.` or `..` segment, backslash, NUL or other control character, invalid
/// escape or invalid UTF-8 makes the path `invalid` (answered 400). Hidden names (a segment
/// starting with `.`) are never served.
enum RequestPath: Equatable {
    /// `key` is the path relative to the site root, without leading slash (`""` for the root);
    /// `directory` is true when the request ended with `/`.
    case valid(key: String, directory: Bool)
    case hidden
    case invalid(reason: String)

    init(raw: String) {
        guard let bytes = PercentEncoding.decoded(raw.utf8) else {
            self = .invalid(reason: "bad percent-encoding")
            return
        }
        if let bad = bytes.first(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }) {
            self = .invalid(reason: bad == UInt8(ascii: "\\") ? "backslash in path" : "control character in path")
            return
        }
        guard bytes.first == UInt8(ascii: "/") else {
            self = .invalid(reason: "path must start with /")
            return
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            self = .invalid(reason: "path is not UTF-8")
            return
        }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." }) {
            self = .invalid(reason: "dot segment in path")
            return
        }
        if segments.contains(where: { $0.hasPrefix(".") }) {
            self = .hidden
            return
        }
        self = .valid(key: segments.joined(separator: "/"), directory: decoded.hasSuffix("/"))
    }
}
