import Foundation

/// The regular expressions behind `LedeCleaner` and `PhotoCredit`.
enum LedePatterns {
    /// Optional upper-case place (with an optional `, State.` part), optional `(AGENCY)`, then a
    /// dash; or an agency tag alone, dash optional.
    nonisolated(unsafe) static let dateline =
        /(?:([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?) ?)?(\((?:[A-Z][A-Za-z&.\- ]{1,20})\))? ?(—|–|--|-(?= ))? ?/
    nonisolated(unsafe) static let dailyMail =
        /By \. (.{1,80}?) \. (?:(?:Last updated at|PUBLISHED:)\s*\.?\s*(.{1,60}?\d{4})\s*\.?\s*(?:\|\s*\.?\s*UPDATED:\s*\.?\s*.{1,60}?\d{4}\s*\.?)?\s*)?/
    /// One to four capitalised words and `photo` / `photograph` / `file photo`, before a capital.
    nonisolated(unsafe) static let photoCredit =
        /(?:[A-Z][\p{L}.'’\-]*\s){1,4}(?:file\s)?(?:photo|photograph|Photo)(?:s)?\s+(?=[\p{Lu}“"‘'0-9])/
    nonisolated(unsafe) static let creditLine =
        /(?:(?:[A-Z][\p{L}.'’\-]*\s){1,4}(?:file\s)?(?:photo|photograph|Photo)s?|(?:Photo|Image|Picture)(?: credit)?:\s.+)/
}
