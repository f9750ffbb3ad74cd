import GazetteCore

/// Finds a publication date in text the way news sites print it.
///
/// Understands `Jul 21, 2015 5:30am`, `July 21, 2015`, `2015-07-21` (with an optional ISO time
/// and zone), `21 July 2015`, `7/21/2015` (month first), and a time printed before the date
/// (`08:58 EST, 5 March 2014`). A time is kept only when printed; a zone only when printed.
/// Only the first 400 characters are searched, so the cost is bounded on any input.
enum DateParser {
    private static let searchLimit = 400

    /// The earliest valid date in `text`, or nil.
    static func firstDate(in text: String) -> PublicationDate? {
        let window = Substring(text.prefix(searchLimit))
        var best: (start: String.Index, date: PublicationDate)?
        for candidate in candidates(in: window) where candidate.date.isValid {
            if best == nil || candidate.start < best!.start { best = candidate }
        }
        return best?.date
    }

    /// Parses text that should be nothing but a date (front matter values), or nil.
    static func parse(_ text: String) -> PublicationDate? {
        if let date = plainISODay(text) { return date.isValid ? date : nil }
        return firstDate(in: text.trimmingCharacters(in: .whitespaces))
    }

    /// `YYYY-MM-DD` and nothing else (what the ISO pattern alone would match), read without regexes.
    private static func plainISODay(_ text: String) -> PublicationDate? {
        let utf8 = text.utf8
        guard utf8.count == 10 else { return nil }
        var digits: [Int] = []
        digits.reserveCapacity(8)
        for (i, byte) in utf8.enumerated() {
            if i == 4 || i == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                digits.append(Int(byte - UInt8(ascii: "0")))
            }
        }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        return PublicationDate(year: year, month: digits[4] * 10 + digits[5], day: digits[6] * 10 + digits[7])
    }

    private static func candidates(in text: Substring) -> [(start: String.Index, date: PublicationDate)] {
        var found: [(String.Index, PublicationDate)] = []
        // `\d` in the patterns also matches non-ASCII digits ("２０１５"), which `Int` cannot read:
        // such a match is skipped, never force-unwrapped.
        if let m = text.firstMatch(of: DatePatterns.iso), let year = Int(m.1), let month = Int(m.2), let day = Int(m.3) {
            var date = PublicationDate(year: year, month: month, day: day)
            if let h = m.4, let mi = m.5 {
                date.hour = Int(h)
                date.minute = Int(mi)
                date.second = m.6.flatMap { Int($0) }
                date.utcOffsetMinutes = m.7.flatMap { TimeZoneNames.offset(String($0)) }
            }
            found.append((m.range.lowerBound, date))
        }
        if let m = text.firstMatch(of: DatePatterns.monthDayYear),
           let month = MonthNames.number(m.1), let year = Int(m.3), let day = Int(m.2) {
            let date = PublicationDate(year: year, month: month, day: day)
            found.append((m.range.lowerBound, withTime(date, in: text, around: m.range)))
        }
        if let m = text.firstMatch(of: DatePatterns.dayMonthYear),
           let month = MonthNames.number(m.2), let year = Int(m.3), let day = Int(m.1) {
            let date = PublicationDate(year: year, month: month, day: day)
            found.append((m.range.lowerBound, withTime(date, in: text, around: m.range)))
        }
        if let m = text.firstMatch(of: DatePatterns.numeric), let year = Int(m.3), let month = Int(m.1), let day = Int(m.2) {
            let date = PublicationDate(year: year, month: month, day: day)
            found.append((m.range.lowerBound, withTime(date, in: text, around: m.range)))
        }
        return found
    }

    /// Adds the time printed right after the date, or else right before it.
    private static func withTime(
        _ date: PublicationDate, in text: Substring, around range: Range<String.Index>
    ) -> PublicationDate {
        let after = text[range.upperBound...].prefix(40)
        let before = text[..<range.lowerBound].suffix(30)
        if let time = TimeParser.leading(after) ?? TimeParser.trailing(before) {
            var date = date
            date.hour = time.hour
            date.minute = time.minute
            date.utcOffsetMinutes = time.offset
            return date
        }
        return date
    }
}
