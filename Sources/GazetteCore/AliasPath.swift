/// The file an article's old address (front matter `aliases:`, as Hugo's) becomes on the site: a
/// page there sends readers on to the article's page.
///
/// `/2015/07/21/storm/` and `2015/07/21/storm` become `2015/07/21/storm/index.html`;
/// `/news/storm.html` stays `news/storm.html`. Leading slashes are dropped, so an alias is read from
/// the site's root wherever it is hosted.
public enum AliasPath {
    /// The longest alias read, in bytes.
    public static let maximumLength = 400
    /// Aliases read per article (each is a file of the site); the rest are left out.
    public static let maximumCount = 20

    /// The site path for the address `written`, or `nil` when it cannot name a page of a static
    /// site: empty or the root itself; a full URL (`https://…`); a query, fragment, backslash,
    /// control character or malformed `%` escape; a `.` or `..` part, or a hidden name (`.git`);
    /// a last part with another extension than `.html` or `.htm` (`story.php` would be served
    /// as a download, or run).
    public static func normalized(_ written: String) -> String? {
        let trimmed = written.drop { $0 == "/" }
        let bytes = Array(trimmed.utf8)
        guard !bytes.isEmpty, bytes.count <= maximumLength,
              !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0x3F || $0 == 0x23 || $0 == 0x5C || $0 == 0x3A }),
              let decoded = PercentEncoding.decoded(bytes).flatMap({ String(validating: $0, as: UTF8.self) }),
              !decoded.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0x5C || $0 == 0x3A })
        else { return nil }
        var parts = decoded.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let isFolder = parts.last == ""
        if isFolder { parts.removeLast() }
        guard let last = parts.last, parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.hasPrefix(" ") && !$0.hasSuffix(" ") }) else { return nil }
        if !isFolder, let dot = last.lastIndex(of: ".") {
            guard ["html", "htm"].contains(last[last.index(after: dot)...].lowercased()) else { return nil }
            return parts.joined(separator: "/")
        }
        return (parts + ["index.html"]).joined(separator: "/")
    }
}
