import GazetteCore

/// What came off the front of the first paragraph.
struct LedePrefix: Equatable {
    var dateline: String?
    var byline: String?
    var date: PublicationDate?
    var agency: String?
}

/// Strips wire-service furniture from the start of a story's first paragraph.
///
/// Handles a place line (`HARTFORD, Conn. (AP) —`, `WASHINGTON —`, `LONDON (Reuters) -`), an
/// agency tag alone (`(CNN) --`, `(CNN)They ...`), and the Daily Mail header
/// (`By . Daily Mail Reporter . PUBLISHED: ... | . UPDATED: ... .`). Only the first 400
/// characters are examined.
enum LedeCleaner {
    static func strip(_ paragraph: String) -> (text: String, prefix: LedePrefix) {
        var prefix = LedePrefix()
        var text = Substring(paragraph)
        if let header = DailyMailHeader.match(text) {
            prefix.byline = header.byline
            prefix.date = header.date
            text = text[header.end...]
        }
        let window = text.prefix(400)
        if let m = window.prefixMatch(of: LedePatterns.dateline) {
            let place = m.1.map { TextSanitizer.clean($0) }
            let agency = m.2.map { String($0.dropFirst().dropLast()) }
            if agency != nil || (place != nil && m.3 != nil) {
                if let place { prefix.dateline = agency.map { "\(place) (\($0))" } ?? place }
                prefix.agency = agency
                text = text[m.range.upperBound...]
            }
        }
        let rest = text.drop(while: { $0 == " " })
        return (rest.isEmpty ? paragraph : String(rest), prefix)
    }
}

/// `By . Name . PUBLISHED: 08:58 EST, 5 March 2014 | . UPDATED: 10:12 EST, 5 March 2014 .`
enum DailyMailHeader {
    static func match(_ text: Substring) -> (byline: String?, date: PublicationDate?, end: String.Index)? {
        guard text.hasPrefix("By . ") || text.hasPrefix("By .") else { return nil }
        let window = text.prefix(400)
        guard let m = window.prefixMatch(of: LedePatterns.dailyMail) else { return nil }
        let name = TextSanitizer.clean(m.1).trimmingCharacters(in: .init(charactersIn: " ."))
        let date = m.2.flatMap { DateParser.firstDate(in: String($0)) }
        return (name.isEmpty ? nil : name, date, m.range.upperBound)
    }
}

/// A photo credit glued to the start of a paragraph: `Christine Stuart photo It’s not ...`.
enum PhotoCredit {
    /// The paragraph without its leading credit, or nil when it has none.
    static func strip(_ paragraph: String) -> String? {
        let window = paragraph.prefix(120)
        guard window.utf8.count > 6, containsPhoto(window.utf8),
              let m = window.prefixMatch(of: LedePatterns.photoCredit) else { return nil }
        let rest = paragraph[m.range.upperBound...]
        return rest.isEmpty ? nil : String(rest)
    }

    /// A cheap test for "photo" / "Photo" before any regular expression runs.
    private static func containsPhoto(_ bytes: Substring.UTF8View) -> Bool {
        let needle = Array("hoto".utf8)
        var matched = 0
        for byte in bytes {
            matched = byte == needle[matched] ? matched + 1 : (byte == needle[0] ? 1 : 0)
            if matched == needle.count { return true }
        }
        return false
    }

    /// True when the whole line is a credit (`Christine Stuart photo`, `Photo: AP`).
    static func isCreditLine(_ line: String) -> Bool {
        guard line.utf8.count <= 240, line.count <= 60, containsPhoto(Substring(line).utf8)
                || line.contains(":") else { return false }
        return line.wholeMatch(of: LedePatterns.creditLine) != nil
    }
}
