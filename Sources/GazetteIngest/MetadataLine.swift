import Foundation
import GazetteCore

/// What a line of scraped text says about the article rather than in it.
enum MetadataLine: Equatable {
    /// `Posted to: a, b, c`, `Filed under: ...`, `Categories: ...`.
    case categories([String])
    /// `Tags: a, b` (empty entries dropped).
    case tags([String])
    /// `by Jane Doe | Jul 21, 2015 5:30am ...`, `By Jane Doe`, `Published July 21, 2015`.
    case byline(name: String?, date: PublicationDate?)
    /// `Updated: July 22, 2015 9:10am`, `Last updated 22/07/2015`: when the story was revised.
    case revised(PublicationDate)
    /// `Madeline Stocker contributed to this report.`
    case credit(String)
    /// `NBC Universal, Inc.`, `© 2015 CT News Junkie`: a copyright or owner line.
    case owner(String)

    /// Classifies `text`; nil when it is not a metadata line. Only lines of at most 40 words
    /// are considered, so the cost is bounded.
    static func parse(_ text: String) -> MetadataLine? {
        let features = text.split(separator: " ", maxSplits: 41)
        guard features.count <= 40 else { return nil }
        let lower = text.lowercased()
        if let rest = value(after: ["posted to", "posted in", "filed under", "filed in", "categories", "category", "sections"], in: text, lower) {
            return .categories(list(rest))
        }
        if let rest = value(after: ["tags", "tagged", "tagged with", "keywords", "topics"], in: text, lower) {
            return .tags(list(rest))
        }
        if isCredit(lower), features.count <= 25 { return .credit(text) }
        if let owner = owner(text, lower) { return .owner(owner) }
        return byline(text, lower)
    }

    /// The text after `label:` when `text` starts with one of the labels and a colon.
    private static func value(after labels: [String], in text: String, _ lower: String) -> String? {
        for label in labels where lower.hasPrefix(label + ":") {
            return String(text.dropFirst(label.count + 1))
        }
        return nil
    }

    /// A comma, semicolon or pipe separated list, entries trimmed, empty ones dropped.
    static func list(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split(whereSeparator: { ",;|".contains($0) })
            .map { TextSanitizer.clean($0) }
            .filter { !$0.isEmpty && $0.count <= 80 && seen.insert($0.lowercased()).inserted }
    }

    private static func isCredit(_ lower: String) -> Bool {
        lower.contains("contributed to this report") || lower.contains("contributed reporting")
            || lower.hasPrefix("additional reporting by") || lower.hasPrefix("reporting by ")
            || lower.hasPrefix("editing by ") || lower.contains("contributed to this story")
    }

    /// A copyright line, or a company name alone (`NBC Universal, Inc.`).
    private static func owner(_ text: String, _ lower: String) -> String? {
        guard text.split(separator: " ").count <= 8 else { return nil }
        var name = text
        if lower.hasPrefix("©") || lower.hasPrefix("copyright") || lower.hasPrefix("(c)") {
            name = name.replacingOccurrences(of: #"^(©|\(c\)|copyright)\s*(©)?\s*(\d{4}(\s*-\s*\d{4})?)?\s*"#,
                                             with: "", options: [.regularExpression, .caseInsensitive])
            name = name.replacingOccurrences(of: #"\.?\s*all rights reserved\.?$"#, with: "",
                                             options: [.regularExpression, .caseInsensitive])
            return name.isEmpty ? nil : name
        }
        let suffixes = [", inc.", " inc.", ", inc", " llc", " ltd", " ltd.", " plc", " corp.", " gmbh"]
        guard let suffix = suffixes.first(where: { lower.hasSuffix($0) }) else { return nil }
        name = String(name.dropLast(suffix.count)).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        return name.isEmpty ? nil : name
    }

    /// `by ...` (with a name, a date, or both) or `Published/Updated <date>`, or a date alone.
    private static func byline(_ text: String, _ lower: String) -> MetadataLine? {
        guard text.count <= 200 else { return nil }
        let words = text.split(separator: " ").count
        let labelled = ["published", "updated", "posted", "last updated", "last modified", "modified"].contains { lower.hasPrefix($0) }
        guard lower.hasPrefix("by") || (words <= 10 && (labelled || text.contains(where: \.isNumber))) else { return nil }
        let date = DateParser.firstDate(in: text)
        if let date, words <= 10, ["updated", "last updated", "last modified", "modified"].contains(where: { lower.hasPrefix($0) }) {
            return .revised(date)
        }
        if lower.hasPrefix("by ") || lower.hasPrefix("by:") || lower.hasPrefix("by|") || lower == "by" {
            let name = BylineName.extract(from: String(text.dropFirst(2)))
            let sentence = text.hasSuffix(".") && text.split(separator: " ").count > 8
            return sentence || (name == nil && date == nil && lower != "by") ? nil : .byline(name: name, date: date)
        }
        if let date, words <= 10, labelled || DateOnly.isMostlyDate(text) {
            return .byline(name: nil, date: date)
        }
        return nil
    }
}
