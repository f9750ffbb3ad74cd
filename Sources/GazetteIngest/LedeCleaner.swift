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
/// Handles a date stamp (`12/28/2015 AT 04:50 PM EST`), a place line (`HARTFORD, Conn. (AP) —`,
/// `WASHINGTON —`, `LONDON (Reuters) -`), an agency tag alone (`(CNN) --`, `(CNN)They ...`), and
/// the Daily Mail header (`By . Daily Mail Reporter . PUBLISHED: ... | . UPDATED: ... .`). Only
/// the first 400 characters are examined.
enum LedeCleaner {
    static func strip(_ paragraph: String) -> (text: String, prefix: LedePrefix) {
        var prefix = LedePrefix()
        var text = Substring(paragraph)
        if let header = DailyMailHeader.match(text) {
            prefix.byline = header.byline
            prefix.date = header.date
            text = text[header.end...]
        }
        if let stamp = LeadingStamp.match(text) {
            if prefix.date == nil { prefix.date = stamp.date }
            text = text[stamp.end...]
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

/// A publication date (and time) printed before the first sentence: `12/28/2015 AT 04:50 PM EST
/// Like a lot of ...`. Taken off only when it parses as a date and a capital follows it.
enum LeadingStamp {
    static func match(_ text: Substring) -> (date: PublicationDate, end: String.Index)? {
        // The regular expression runs only when the paragraph starts as a stamp can.
        guard let first = text.utf8.first else { return nil }
        if !(first &- 0x30 < 10) {
            let word = text.prefix(while: \.isLetter)
            guard MonthNames.number(word) != nil || ["published", "updated", "posted"].contains(word.lowercased()) else { return nil }
        }
        guard let m = text.prefix(120).prefixMatch(of: LedePatterns.stamp),
              let date = DateParser.firstDate(in: String(m.output)) else { return nil }
        return (date, m.range.upperBound)
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
