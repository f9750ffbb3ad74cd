/// How many files of the corpus each short line appears in: page chrome repeats, stories don't.
///
/// Built in a first pass over every plain-text file before any is cleaned. Byte-identical files
/// count once (real archives hold duplicates), and only lines of at most `maxLineLength`
/// characters are counted, so the table stays small.
public struct CorpusStatistics: Sendable {
    static let maxLineLength = 160
    /// A line in at least this many distinct files is chrome.
    static let repeatThreshold = 3

    private var fileCounts: [String: Int] = [:]

    init() {}

    /// - Complexity: O(total characters); `lineSets` come from `lineSet(of:)`, one per file.
    init(lineSets: [(contentHash: Int, lines: Set<String>)]) {
        var seenFiles = Set<Int>()
        for entry in lineSets where seenFiles.insert(entry.contentHash).inserted {
            for line in entry.lines { fileCounts[line, default: 0] += 1 }
        }
    }

    /// The distinct short lines of one file, as keys.
    static func lineSet(of text: String) -> Set<String> {
        var keys = Set<String>()
        for raw in text.split(separator: "\n") where raw.count <= maxLineLength {
            let key = Self.key(raw)
            if !key.isEmpty { keys.insert(key) }
        }
        return keys
    }

    /// True when `line` appears in enough distinct files to be site chrome.
    func isRepeated(_ line: String) -> Bool {
        guard line.count <= Self.maxLineLength else { return false }
        return (fileCounts[Self.key(line)] ?? 0) >= Self.repeatThreshold
    }

    private static func key(_ line: some StringProtocol) -> String {
        TextSanitizer.clean(line).lowercased()
    }
}
