import GazetteCore

/// Dates as readers see them, in the site's words (`SiteLabels`, English unless `labels:` says
/// otherwise), without the process's locale or clock.
enum DateFormatting {
    /// "July 21, 2015", or "July 21, 2015, 5:30 AM" when the time is known.
    static func display(_ date: PublicationDate, _ labels: SiteLabels) -> String {
        let day = day(date, labels.dateFormat, labels)
        guard let hour = date.hour, let minute = date.minute else { return day }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        let time = SiteLabels.fill(labels.timeFormat, [
            "hour": PublicationDate.pad(hour), "hour12": String(twelve), "minute": PublicationDate.pad(minute),
            "ampm": hour < 12 ? labels.am : labels.pm,
        ])
        return SiteLabels.fill(labels.dateTimeFormat, ["date": day, "time": time])
    }

    /// "Jul 21, 2015", for lists.
    static func short(_ date: PublicationDate, _ labels: SiteLabels) -> String {
        day(date, labels.shortDateFormat, labels)
    }

    /// "July 2015", an archive month's title.
    static func monthTitle(year: Int, month: Int, _ labels: SiteLabels) -> String {
        SiteLabels.fill(labels.monthFormat, [
            "month": labels.months[month - 1], "mon": labels.shortMonths[month - 1],
            "mm": PublicationDate.pad(month), "year": String(year),
        ])
    }

    private static func day(_ date: PublicationDate, _ pattern: String, _ labels: SiteLabels) -> String {
        SiteLabels.fill(pattern, [
            "day": String(date.day), "month": labels.months[date.month - 1], "mon": labels.shortMonths[date.month - 1],
            "mm": PublicationDate.pad(date.month), "year": String(date.year),
        ])
    }
}
