import Foundation

/// Pulls an author's name out of the rest of a byline line.
enum BylineName {
    /// `" Jane Doe | Jul 21, 2015"` → `Jane Doe`; `" | Jul 21"` → nil. The name ends at `|`,
    /// a comma or dash followed by a date-like word, ` on `, ` - `, or ` and ` list end.
    static func extract(from rest: String) -> String? {
        let beforeBar = rest.prefix { $0 != "|" }
        var name = beforeBar.trimmingCharacters(in: CharacterSet(charactersIn: " :.").union(.whitespaces))
        for separator in [" - ", " – ", " — ", " on ", " posted ", " published ", " updated "] {
            if let range = name.range(of: separator, options: .caseInsensitive) {
                name = String(name[..<range.lowerBound])
            }
        }
        if let comma = name.firstIndex(of: ","), name[comma...].contains(where: \.isNumber)
            || DateParser.firstDate(in: String(name[comma...])) != nil {
            name = String(name[..<comma])
        }
        name = TextSanitizer.clean(name).trimmingCharacters(in: CharacterSet(charactersIn: " ,.:"))
        return looksLikeName(name) ? name : nil
    }

    /// One to eight words, mostly capitalised, no digits, no month or weekday names.
    static func looksLikeName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 8, name.count <= 80, words.first?.first?.isLetter == true,
              !name.contains(where: \.isNumber) else { return false }
        let capitalised = words.filter { $0.first?.isUppercase == true }.count
        let dateWords = words.filter { word in
            let w = ASCIITrimmer.punctuation.trim(word.lowercased())
            return MonthNames.number(Substring(w)) != nil || Weekdays.contains(w)
        }
        return capitalised * 2 >= words.count && dateWords.isEmpty
    }
}

/// Tells a line that is nothing but a date and time from a sentence mentioning one.
enum DateOnly {
    /// True when at most two words of `text` are neither date, time, zone nor punctuation words.
    static func isMostlyDate(_ text: String) -> Bool {
        let allowed: Set<String> = ["am", "pm", "a.m.", "p.m.", "at", "on", "est", "edt", "gmt", "utc", "bst",
                                    "pst", "pdt", "cst", "cdt", "|", "-", "–", "—", "·"]
        let others = text.lowercased().split(separator: " ").filter { word in
            let w = word.trimmingCharacters(in: CharacterSet(charactersIn: ",.()"))
            return !(w.isEmpty || allowed.contains(w) || w.first?.isNumber == true
                || MonthNames.number(Substring(w)) != nil || Weekdays.contains(w))
        }
        return others.count <= 2
    }
}

/// English weekday names, as printed before dates.
enum Weekdays {
    static func contains(_ word: String) -> Bool {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"].contains(word)
    }
}
