import GazetteCore

/// Metadata gathered from the lines of a scraped page; the first value found wins.
struct ScrapedMetadata: Equatable {
    var byline: String?
    var date: PublicationDate?
    /// The first `Updated …` line's date.
    var revised: PublicationDate?
    var dateline: String?
    var source: String?
    var ownerHint: String?
    var categories: [String] = []
    var tags: [String] = []
    var credits: [String] = []

    /// Records a metadata line.
    mutating func add(_ line: MetadataLine) {
        switch line {
        case .categories(let list): categories = merged(categories, list)
        case .tags(let list): tags = merged(tags, list)
        case .credit(let text): credits.append(text)
        case .owner(let name): if ownerHint == nil { ownerHint = name }
        case .revised(let printed): if revised == nil { revised = printed }
        case .byline(let name, let printed):
            if byline == nil { byline = name }
            if date == nil { date = printed }
        }
    }

    /// Records what came off the lede.
    mutating func add(_ prefix: LedePrefix) {
        if dateline == nil { dateline = prefix.dateline }
        if byline == nil { byline = prefix.byline }
        if date == nil { date = prefix.date }
        if source == nil, ownerHint == nil, let agency = prefix.agency { ownerHint = agency }
    }

    /// The publication date, else the revision's when that is the only date given.
    var resolvedDate: PublicationDate? { date ?? revised }

    /// The revision date worth showing beside `resolvedDate` (`PublicationDate.revision`).
    var resolvedUpdate: PublicationDate? { date == nil ? nil : PublicationDate.revision(revised, of: date) }

    /// The site name: a masthead, else the owner named by a copyright line.
    var resolvedSource: String? { source ?? ownerHint }

    private func merged(_ a: [String], _ b: [String]) -> [String] {
        var seen = Set(a.map { $0.lowercased() })
        return a + b.filter { seen.insert($0.lowercased()).inserted }
    }
}
