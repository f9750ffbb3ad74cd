import GazetteCore

/// Reads the dates web pages put in metadata: ISO 8601 / RFC 3339 (`2015-07-21T05:30:00-04:00`,
/// `2015-07-21 05:30`, `20150721`) and the common written forms (`July 21, 2015`,
/// `21 Jul 2015`, `Tue, 21 Jul 2015 05:30:00 +0000`).
enum HTMLDateParser {
    static func parse(_ raw: String) -> PublicationDate? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count < 100 else { return nil }
        let date = iso(text) ?? written(text)
        return date?.isValid == true ? date : nil
    }

    /// `YYYY-MM-DD` optionally followed by `T` or a space, `HH:MM[:SS[.fff]]` and a zone.
    private static func iso(_ text: String) -> PublicationDate? {
        let chars = Array(text.utf8)
        var index = 0
        func number(_ width: Int) -> Int? {
            guard index + width <= chars.count else { return nil }
            var value = 0
            for offset in 0..<width {
                let c = chars[index + offset]
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            index += width
            return value
        }
        func skip(_ c: UInt8) -> Bool {
            if index < chars.count, chars[index] == c { index += 1; return true }
            return false
        }
        guard let year = number(4) else { return nil }
        let separator: UInt8? = index < chars.count && [45, 46, 47].contains(chars[index]) ? chars[index] : nil
        if let separator { _ = skip(separator) }  // - . /
        guard let month = number(2) else { return nil }
        if let separator, !skip(separator) { return nil }
        guard let day = number(2) else { return nil }
        var date = PublicationDate(year: year, month: month, day: day)
        guard skip(84) || skip(116) || skip(32) else { return index == chars.count ? date : nil }  // T t space
        guard let hour = number(2), skip(58), let minute = number(2) else { return date }
        date.hour = hour
        date.minute = minute
        if skip(58), let second = number(2) { date.second = second }
        if skip(46) || skip(44) { while index < chars.count, chars[index] >= 48, chars[index] <= 57 { index += 1 } }
        _ = skip(32)
        if skip(90) || skip(122) {
            date.utcOffsetMinutes = 0
        } else if index < chars.count, chars[index] == 43 || chars[index] == 45 {
            let sign = chars[index] == 45 ? -1 : 1
            index += 1
            if let hours = number(2) {
                _ = skip(58)
                let minutes = number(2) ?? 0
                date.utcOffsetMinutes = sign * (hours * 60 + minutes)
            }
        }
        return date
    }

    private static let months = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Day, month name and year in either order, with an optional `HH:MM[:SS]` and numeric zone.
    private static func written(_ text: String) -> PublicationDate? {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != ":" && $0 != "+" && $0 != "-" }
        var day: Int?, month: Int?, year: Int?
        var hour: Int?, minute: Int?, second: Int?, offset: Int?
        for word in words {
            if word.count == 5, let sign = word.first, sign == "+" || sign == "-", let value = Int(word.dropFirst()) {
                offset = (sign == "-" ? -1 : 1) * ((value / 100) * 60 + value % 100)
            } else if let number = Int(word) {
                if number > 31, year == nil, word.count == 4 { year = number } else if day == nil, (1...31).contains(number) { day = number }
            } else if let found = months[String(word.prefix(3))], month == nil, word.count >= 3 {
                month = found
            } else if word.contains(":") {
                let parts = word.split(separator: ":").compactMap { Int($0) }
                if parts.count >= 2 { (hour, minute) = (parts[0], parts[1]); second = parts.count > 2 ? parts[2] : nil }
            } else if word == "gmt" || word == "utc" {
                offset = 0
            }
        }
        guard let day, let month, let year else { return nil }
        let pm = words.contains("pm")
        if let h = hour, pm, h < 12 { hour = h + 12 }
        return PublicationDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                               utcOffsetMinutes: hour == nil ? nil : offset)
    }
}
