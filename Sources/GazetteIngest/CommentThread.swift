/// Finds where a reader-comment thread starts at the end of scraped text.
///
/// A thread starts at a short comment header ("Comments", "(4) Archived Comments",
/// "Leave a comment") or at a `posted by: name | date` line, once the story has begun. A bare
/// "Comments" header counts only when a comment signature follows within three lines or it sits
/// in the last third of the file. Everything from there on is dropped.
enum CommentThread {
    static func start(in lines: [TextLine], bodyBegun: (Int) -> Bool) -> Int? {
        for (i, line) in lines.enumerated() where bodyBegun(i) {
            if isSignature(line.text) { return i }
            guard isHeader(line.text) else { continue }
            let lower = line.text.lowercased()
            let strong = lower.contains("archived") || lower.contains("leave") || lower.contains("add")
                || lower.contains("reader") || lower.first?.isNumber == true || lower.hasPrefix("(")
            let signed = lines[(i + 1)..<min(lines.count, i + 4)].contains { isSignature($0.text) }
            if strong || signed || i * 3 >= lines.count * 2 { return i }
        }
        return nil
    }

    /// `posted by: dano860 | July 21, 2015 8:08am`, `Jane says:`, `John wrote:`.
    static func isSignature(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard text.count <= 120 else { return false }
        if lower.hasPrefix("posted by") && (lower.contains("|") || DateParser.firstDate(in: text) != nil) {
            return true
        }
        return (lower.hasSuffix(" says:") || lower.hasSuffix(" wrote:")) && text.split(separator: " ").count <= 6
    }

    /// A short line naming comments, without sentence punctuation.
    static func isHeader(_ text: String) -> Bool {
        let lower = text.lowercased()
        let words = text.split(separator: " ").count
        guard words <= 5, lower.contains("comment"), !LineFeatures(text).endsStatement else { return false }
        return !lower.contains("no comment")
    }
}
