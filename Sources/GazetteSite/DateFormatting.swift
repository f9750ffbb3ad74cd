import GazetteCore

/// Dates as readers see them, in English, without the process's locale or clock.
enum DateFormatting {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// "July 21, 2015", or "July 21, 2015, 5:30 AM" when the time is known.
    static func display(_ date: PublicationDate) -> String {
        var text = "\(monthNames[date.month - 1]) \(date.day), \(date.year)"
        if let hour = date.hour, let minute = date.minute {
            let twelve = hour % 12 == 0 ? 12 : hour % 12
            text += ", \(twelve):\(minute < 10 ? "0" : "")\(minute) \(hour < 12 ? "AM" : "PM")"
        }
        return text
    }

    /// "Jul 21, 2015", for lists.
    static func short(_ date: PublicationDate) -> String {
        "\(monthNames[date.month - 1].prefix(3)) \(date.day), \(date.year)"
    }

    static func monthTitle(year: Int, month: Int) -> String { "\(monthNames[month - 1]) \(year)" }
}
