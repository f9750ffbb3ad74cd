import Foundation
import GazetteMarkdown

/// The first heading of a Markdown body, for articles whose front matter has no title.
enum LeadingHeading {
    struct Found: Equatable {
        var title: String
        /// The heading is the first thing in the body.
        var opensBody: Bool
        /// The body without that opening heading.
        var rest: String
    }

    /// The first ATX (`# Title`) or setext (`Title` over `===`) heading outside code fences.
    /// Only the first 200 lines are searched.
    static func find(in body: String) -> Found? {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).prefix(200)
        var inFence = false
        var seenContent = false
        for (i, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
            if inFence || trimmed.isEmpty { continue }
            if let text = atx(trimmed, indent: line.prefix { $0 == " " }.count) {
                return found(text, opensBody: !seenContent, lines: Array(lines), through: i, body: body)
            }
            if i + 1 < lines.count, isSetextUnderline(lines[i + 1]), !seenContent {
                return found(trimmed, opensBody: true, lines: Array(lines), through: i + 1, body: body)
            }
            seenContent = true
        }
        return nil
    }

    private static func atx(_ trimmed: String, indent: Int) -> String? {
        guard indent < 4 else { return nil }
        let hashes = trimmed.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = trimmed.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func isSetextUnderline(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && (trimmed.allSatisfy { $0 == "=" })
    }

    private static func found(_ raw: String, opensBody: Bool, lines: [Substring], through: Int, body: String) -> Found? {
        let title = TextSanitizer.clean(MarkdownRenderer.plainText(raw))
        guard !title.isEmpty else { return nil }
        let rest = opensBody
            ? body.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(through + 1).joined(separator: "\n")
            : body
        return Found(title: title, opensBody: opensBody, rest: rest)
    }
}
