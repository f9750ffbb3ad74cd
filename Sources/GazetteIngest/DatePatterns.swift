import Foundation

/// The regular expressions behind `DateParser` and `TimeParser`.
enum DatePatterns {
    nonisolated(unsafe) static let iso =
        /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/
    nonisolated(unsafe) static let monthDayYear =
        /(?i)\b(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/
    nonisolated(unsafe) static let dayMonthYear =
        /(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.?,?\s+(\d{4})\b/
    nonisolated(unsafe) static let numeric = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/
    /// `5:30am`, `5 p.m.`, `17:45`, optionally followed by a zone.
    nonisolated(unsafe) static let time =
        /(?i)(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*(utc|gmt|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|z|[+-]\d{2}:?\d{2})\b)?/
}

/// English month names and their common abbreviations.
enum MonthNames {
    private static let names = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// 1-12 for a full English month name or its abbreviation (`Jul`, `Sept`), else nil.
    static func number(_ name: Substring) -> Int? {
        let key = name.lowercased()
        if let index = names.firstIndex(of: key) { return index + 1 }
        if key == "sept" { return 9 }
        guard key.count == 3 else { return nil }
        return names.firstIndex { $0.hasPrefix(key) }.map { $0 + 1 }
    }
}

/// Time-zone abbreviations news sites print, as minutes from UTC.
enum TimeZoneNames {
    static func offset(_ name: String) -> Int? {
        let table: [String: Int] = [
            "z": 0, "utc": 0, "gmt": 0, "bst": 60, "cet": 60, "cest": 120,
            "est": -300, "edt": -240, "cst": -360, "cdt": -300,
            "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
        ]
        let lower = name.lowercased()
        if let minutes = table[lower] { return minutes }
        guard let sign = lower.first, sign == "+" || sign == "-" else { return nil }
        let digits = lower.dropFirst().filter(\.isNumber)
        guard digits.count == 4, let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)),
              hours <= 14, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
    }
}
