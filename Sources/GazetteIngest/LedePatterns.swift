import Foundation

/// The regular expressions behind `LedeCleaner` and `PhotoCredit`.
enum LedePatterns {
    /// Optional upper-case place (with an optional `, State.` part), optional `(AGENCY)`, then a
    /// dash; or an agency tag alone, dash optional.
    nonisolated(unsafe) static let dateline =
        /(?:([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?) ?)?(\((?:[A-Z][A-Za-z&.\- ]{1,20})\))? ?(—|–|--|-(?= ))? ?/
    /// A date, then optionally a time and zone, glued before the first sentence:
    /// `12/28/2015 AT 04:50 PM EST Like ...`, `Dec. 28, 2015, 4:50 p.m. — The ...`,
    /// `Published: 28 December 2015 | The ...`. The date is checked by `DateParser` after.
    nonisolated(unsafe) static let stamp =
        /(?:(?:Published|Updated|Posted|PUBLISHED|UPDATED|POSTED)(?: on)?:?\s+)?(?:\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}\.?,? \d{4})(?:,? (?:[Aa][Tt] )?\d{1,2}(?::\d{2} ?(?:[AaPp]\.?[Mm]\.?)?| ?[AaPp]\.?[Mm]\.?)(?: (?:UTC|GMT|BST|CES?T|[ECMP][SD]?T|[+-]\d{2}:?\d{2}))?)?(?: ?[|—–:] ?| -{1,2} | )(?=[\p{Lu}"“‘])/
    nonisolated(unsafe) static let dailyMail =
        /By \. (.{1,80}?) \. (?:(?:Last updated at|PUBLISHED:)\s*\.?\s*(.{1,60}?\d{4})\s*\.?\s*(?:\|\s*\.?\s*UPDATED:\s*\.?\s*.{1,60}?\d{4}\s*\.?)?\s*)?/
    /// One to four capitalised words and `photo` / `photograph` / `file photo`, before a capital.
    nonisolated(unsafe) static let photoCredit =
        /(?:[A-Z][\p{L}.'’\-]*\s){1,4}(?:file\s)?(?:photo|photograph|Photo)(?:s)?\s+(?=[\p{Lu}“"‘'0-9])/
    nonisolated(unsafe) static let creditLine =
        /(?:(?:[A-Z][\p{L}.'’\-]*\s){1,4}(?:file\s)?(?:photo|photograph|Photo)s?|(?:Photo|Image|Picture)(?: credit)?:\s.+)/
}
