/// Decides whether a word followed by a full stop ends a sentence.
///
/// Three classes: titles and other words that never end a sentence ("Mr.", "Gov.", "Sen."),
/// words that never do before a number ("No. 5", "Oct. 1"), and ambiguous abbreviations that end
/// a sentence only when a typical sentence opener follows ("in the U.S. The", "Hartford, Conn. He").
enum Abbreviations {
    /// True when `word` (without its final full stop) ends a sentence before `nextWord`.
    static func endsSentence(word rawWord: String, nextWord: String) -> Bool {
        let word = rawWord.trimmingCharacters(of: ",;:-—–")
        guard !word.isEmpty else { return true }
        let lower = word.lowercased()
        let nextIsNumber = nextWord.first?.isNumber == true
        if word.count == 1, word.first?.isUppercase == true { return false }  // initials: "P." "J."
        if never.contains(lower) { return false }
        if beforeNumbers.contains(lower) {
            return nextIsNumber ? false : openers.contains(nextWord)
        }
        if ambiguous.contains(lower) || word.contains(".") { return openers.contains(nextWord) }
        return true
    }

    /// Titles and forms that are followed by a name or a word, never by a new sentence.
    static let never: Set<String> = [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gov", "sen", "sens", "rep", "reps", "gen", "lt", "col",
        "maj", "sgt", "cpl", "capt", "cmdr", "adm", "det", "insp", "supt", "rev", "hon", "pres", "st", "mt",
        "ft", "ave", "blvd", "vs", "v", "e.g", "i.e", "cf", "approx", "dept", "est", "fig", "vol", "pp",
        "atty", "gov't", "asst", "assoc", "mme", "mlle", "msgr", "fr", "sr", "jr",
    ]

    /// Abbreviations that never end a sentence before a number ("No. 5", "Oct. 1", "Jan. 20").
    static let beforeNumbers: Set<String> = [
        "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "art", "sec", "ch", "op", "tel", "ext",
    ]

    /// Abbreviations that may or may not end a sentence: states, company forms, times.
    static let ambiguous: Set<String> = [
        "inc", "co", "corp", "ltd", "llc", "plc", "bros", "etc", "al",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
        "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn",
        "tenn", "tex", "vt", "va", "wash", "wis", "wyo", "ont", "que",
    ]

    /// Capitalised words that usually open a sentence (used to resolve ambiguous abbreviations).
    static let openers: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet",
        "In", "On", "At", "For", "From", "To", "This", "That", "These", "Those", "There", "Here", "His",
        "Her", "Their", "Its", "Our", "My", "After", "Before", "When", "While", "If", "As", "Although",
        "Still", "Now", "Then", "However", "Meanwhile", "Police", "Officials", "Authorities", "According",
        "Some", "Many", "Most", "No", "Not", "One", "Two", "Three", "What", "Why", "How", "Who", "Where",
        "Last", "Earlier", "Later", "Also", "Both", "Each", "Every", "Such", "With", "Without", "By",
    ]
}

extension String {
    /// The string without the given characters at either end.
    func trimmingCharacters(of set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
