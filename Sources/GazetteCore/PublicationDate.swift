/// A publication date as the source printed it: always a day, sometimes a time, rarely a zone.
///
/// Gazette never invents what the source did not say: a date without a time stays date-only,
/// and a time without a zone is not converted to UTC.
public struct PublicationDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// Offset from UTC in minutes, when the source gave one.
    public var utcOffsetMinutes: Int?

    public init(
        year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil,
        second: Int? = nil, utcOffsetMinutes: Int? = nil
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// True when year, month and day form a real calendar day between 1800 and 2200.
    public var isValid: Bool {
        guard (1800...2200).contains(year), (1...12).contains(month), day >= 1 else { return false }
        if let hour, !(0...23).contains(hour) { return false }
        if let minute, !(0...59).contains(minute) { return false }
        return day <= PublicationDate.daysIn(month: month, year: year)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD` alone, or with the time and zone when both are known
    /// (`2015-07-21T05:30:00Z`, `2015-07-21T05:30:00-04:00`).
    public var iso8601: String {
        guard let hour, let minute, let offset = utcOffsetMinutes else { return dayString }
        let time = "\(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second ?? 0))"
        return "\(dayString)T\(time)\(Self.zone(offset))"
    }

    /// A full RFC 3339 timestamp for feeds: unknown times are midnight, unknown zones UTC.
    public var rfc3339: String {
        let time = "\(Self.pad(hour ?? 0)):\(Self.pad(minute ?? 0)):\(Self.pad(second ?? 0))"
        return "\(dayString)T\(time)\(Self.zone(utcOffsetMinutes ?? 0))"
    }

    public var dayString: String {
        "\(Self.pad(year, width: 4))-\(Self.pad(month))-\(Self.pad(day))"
    }

    public var description: String { iso8601 }

    /// A revision date worth showing beside `published`: `updated` when it is later, or when
    /// there is no publication date; nil when it is the same or earlier (a page that stamps its
    /// publication time as its modification time says nothing new).
    public static func revision(_ updated: PublicationDate?, of published: PublicationDate?) -> PublicationDate? {
        guard let updated else { return nil }
        guard let published else { return updated }
        return updated > published ? updated : nil
    }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
    }

    /// Minutes since an arbitrary epoch, in the source's own clock (zones are ignored on purpose:
    /// most sources give none, and mixing converted and unconverted times would misorder them).
    private var sortKey: [Int] {
        [year, month, day, hour ?? -1, minute ?? -1, second ?? -1]
    }

    private static func zone(_ offset: Int) -> String {
        if offset == 0 { return "Z" }
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return "\(sign)\(pad(magnitude / 60)):\(pad(magnitude % 60))"
    }

    public static func pad(_ value: Int, width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
