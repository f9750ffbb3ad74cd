/// A clock time printed next to a date: `5:30am`, `8:08 p.m.`, `17:45 EST`.
struct PrintedTime: Equatable {
    var hour: Int
    var minute: Int
    var offset: Int?
}

/// Reads the time printed just after or just before a date.
enum TimeParser {
    /// A time at the start of `text`, after optional spaces, commas, `at` or `-`/`|`.
    static func leading(_ text: Substring) -> PrintedTime? {
        let trimmed = text.drop { " ,\u{00A0}|-–".contains($0) }
        let body = trimmed.lowercased().hasPrefix("at ") ? trimmed.dropFirst(3) : trimmed
        guard let m = body.prefixMatch(of: DatePatterns.time) else { return nil }
        return make(hour: m.1, minute: m.2, meridiem: m.3, zone: m.4)
    }

    /// A time at the end of `text`, as in `08:58 EST, 5 March 2014`.
    static func trailing(_ text: Substring) -> PrintedTime? {
        let trimmed = text.reversed().drop { " ,\u{00A0}".contains($0) }
        let body = Substring(String(trimmed.reversed()))
        var result: PrintedTime?
        for m in body.matches(of: DatePatterns.time) where m.range.upperBound == body.endIndex {
            result = make(hour: m.1, minute: m.2, meridiem: m.3, zone: m.4)
        }
        return result
    }

    /// A time needs minutes or an am/pm marker: a bare number is not a time.
    private static func make(
        hour: Substring, minute: Substring?, meridiem: Substring?, zone: Substring?
    ) -> PrintedTime? {
        guard var h = Int(hour), minute != nil || meridiem != nil else { return nil }
        let m = minute.flatMap { Int($0) } ?? 0
        if let meridiem {
            guard (1...12).contains(h) else { return nil }
            let pm = meridiem.lowercased().hasPrefix("p")
            h = h % 12 + (pm ? 12 : 0)
        }
        guard (0...23).contains(h), (0...59).contains(m) else { return nil }
        return PrintedTime(hour: h, minute: m, offset: zone.flatMap { TimeZoneNames.offset(String($0)) })
    }
}
