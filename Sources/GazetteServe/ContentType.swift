/// The `Content-Type` of a served file, chosen from its extension (and, for `.xml`, whether it
/// is an Atom feed).
enum ContentType {
    static let html = "text/html; charset=utf-8"
    static let eventStream = "text/event-stream; charset=utf-8"

    /// - Parameters:
    ///   - path: the file's path relative to the site, such as `topics/x.xml`.
    ///   - prefix: the file's first bytes, used only to tell Atom feeds from other XML.
    static func of(path: String, prefix: some Collection<UInt8> = [UInt8]()) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        let ext = name[name.index(after: dot)...].lowercased()
        switch ext {
        case "html", "htm": return html
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return name == "feed.json" ? "application/feed+json; charset=utf-8" : "application/json; charset=utf-8"
        case "xml":
            let head = String(decoding: prefix.prefix(512), as: UTF8.self)
            return head.contains("<feed") ? "application/atom+xml; charset=utf-8" : "application/xml; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "ico": return "image/x-icon"
        case "woff": return "font/woff"
        case "woff2": return "font/woff2"
        case "pdf": return "application/pdf"
        case "webmanifest": return "application/manifest+json"
        default: return "application/octet-stream"
        }
    }
}
