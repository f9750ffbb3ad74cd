import Foundation
import GazetteCore
import Testing
@testable import GazetteIngest

/// The ingest fast paths pinned to the general code they stand in for: Yams for flat front
/// matter, Unicode scalar properties for cleaning, Foundation for trimming and splitting.
@Suite("Fast paths")
struct FastPathTests {
    // MARK: Front matter

    /// Front matter the flat reader must read itself, each exactly as Yams reads it.
    static let flat: [String] = [
        "",
        "\n\n",
        "   \n",
        "title: Hello",
        "title: Hello\n",
        "title: \"The character generator is very detailed (0)\"\ndate: 2015-01-01\nauthor: Ana Ruiz\ntags: [technology]",
        "title: 'It''s here'\ndate: 2021-04-09 14:30:00 -04:00\nauthor: [Ana Silva, Tom Reyes]",
        "title: Plain with trailing spaces   \nslug:    spaced-value",
        "title:\ndate:\ntags:\ndraft:",
        "title: ~\nsummary: null\nslug: \"null\"\nsource: '~'",
        "tags: []\ncategories: [ ]\nkeywords: [ a ,  b  c , 'd, e', \"f]\" ]",
        "Title: Upper\nDATE: 2015-07-21\nunknown_key: x\nsome-key: y\n_private: z\n2015: year",
        "url: https://example.com/a?b=c&d=e#frag\nlink: http://x.y:8080/path",
        "title: C# and F# news\nsummary: a:b:c, [not] {a flow} really",
        "title: \"Quoted: with # and : inside\"\nsummary: 'single \"double\" inside'",
        "title: Café — ünïcödé “quotes” 日本語 🎉\ntags: [ünï, 日本, \"🎉\"]",
        "title: non\u{00A0}breaking\u{00A0}\nsummary: zero\u{200B}width",
        "# a comment line\ntitle: After comment\n\n# another\ndraft: true",
        "draft: yes\nlang: en",
        "title: \"  spaces inside quotes  \"\nsummary: '  '",
        "title: \"\"\nsummary: ''",
        "title: 'ends with quote'''\nslug: ''''",
        "date: July 21, 2015\ntitle: x",
        "title: a\n\n\n\ndate: 2015-01-01\n   \nslug: b",
        "title: back\\slash in plain\nsummary: 'back\\slash in single'",
        "tags: [a,b,c]\ncategories: [x y z]",
        "title: 100%\nsummary: semi; colon, comma. period! question? star* amp& bang!",
        "title: x=1 y<2 z>3 @home `code`",
    ]

    /// Front matter the flat reader must leave to Yams (including broken YAML).
    static let general: [String] = [
        "title: \"escaped \\\" quote\"",
        "title: \"escape \\n newline\"",
        "summary: |\n  Block literal\n  second line",
        "summary: >\n  Folded\n  text",
        "base: &anchor value\ncopy: *anchor",
        "title: !!str 2015",
        "meta:\n  nested: true",
        "unknown_key: { nested: true }",
        "tags:\n- a\n- b",
        "tags:\n  - a\n  - b",
        "title: multi\n  line plain",
        "title: \"multi\n  line quoted\"",
        "title: 'multi\n  line single'",
        "tags: [a,\n  b]",
        "title: value # comment",
        "title: \"value\" # comment",
        "title: a: b",
        "title: ends with colon:",
        "title: x\ntitle: y",
        "title:\tTabbed",
        "title: tab\tinside",
        "\ttitle: x",
        "  title: indented",
        "title : spaced key",
        "\"quoted key\": x",
        "title:no-space",
        "? complex\n: key",
        "- just\n- a list",
        "just a scalar",
        "%YAML 1.1\n---\ntitle: x",
        "title: - dash",
        "title: -dash",
        "title: ?question",
        "title: :colon",
        "title: @at",
        "title: `tick",
        "title: %percent",
        "title: [unclosed",
        "title: [a, b] extra",
        "tags: [a, , b]",
        "tags: [a, b, ]",
        "tags: [a: b]",
        "tags: [[nested]]",
        "tags: [{a: b}]",
        "tags: [a#b]",
        "tags: [-a]",
        "tags: [a?b]",
        "title: 'unclosed",
        "title: \"unclosed",
        "title: 'a' trailing",
        "title: nel\u{0085}inside",
        "title: ls\u{2028}inside",
        "title: bom\u{FEFF}inside",
        "title: c1\u{0090}inside",
        "title: bell\u{0007}",
        "title: del\u{007F}",
        "title: x\r\ndate: y",
        "tïtle: non-ASCII key",
        String(repeating: "k", count: 200) + ": long key",
        "title: [a, b]\n  extra: indented",
        "title: x\n...\n",
        "title: x\n---\n",
    ]

    private func yams(_ yaml: String) -> String {
        describe(FrontMatter.parseWithYams(yaml, firstLine: 2, path: "t.md"))
    }

    private func describe(_ result: Result<[FrontMatterEntry], FrontMatterError>) -> String {
        switch result {
        case .success(let entries): return "\(entries)"
        case .failure(let error): return error.diagnostic.description
        }
    }

    @Test("flat front matter is read without Yams, exactly as Yams reads it", arguments: flat)
    func flatMatchesYams(yaml: String) throws {
        let fast = try #require(FlatFrontMatter.parse(yaml))
        #expect("\(fast)" == yams(yaml))
        #expect(describe(FrontMatter.parse(yaml, firstLine: 2, path: "t.md")) == yams(yaml))
    }

    @Test("anything else falls back to Yams", arguments: general)
    func generalFallsBack(yaml: String) {
        #expect(FlatFrontMatter.parse(yaml) == nil)
        #expect(describe(FrontMatter.parse(yaml, firstLine: 2, path: "t.md")) == yams(yaml))
    }

    @Test("marks of values for warnings match Yams, including empty values and sequences")
    func marks() throws {
        let yaml = "title: [a, b]\ndate:\nurl:    javascript:x\ndraft: 'maybe'\ncategories: \"x\"\nlang: é"
        let fast = try #require(FlatFrontMatter.parse(yaml))
        guard case .success(let slow) = FrontMatter.parseWithYams(yaml, firstLine: 2, path: "t.md") else {
            Issue.record("Yams failed")
            return
        }
        #expect(fast.map(\.value.line) == slow.map(\.value.line))
        #expect(fast.map(\.value.column) == slow.map(\.value.column))
    }

    @Test("mutated front matter: the fast path, when taken, agrees with Yams", arguments: 0..<4)
    func mutatedFrontMatter(seed: UInt64) {
        var random = SeededGenerator(state: seed)
        let pieces = ["title", "date", "tags", ":", ": ", " ", "\n", "\"", "'", "[", "]", ",", "#", "-", "é", "a b",
                      "2015-01-01", "\t", "&", "*", "|", "{", "}", "?", "\\", "''", "null", "~", "\u{00A0}", "🎉"]
        for _ in 0..<400 {
            var yaml = Self.flat.randomElement(using: &random)!
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let piece = pieces.randomElement(using: &random)!
                let offset = Int.random(in: 0...yaml.unicodeScalars.count, using: &random)
                var scalars = Array(yaml.unicodeScalars)
                scalars.insert(contentsOf: piece.unicodeScalars, at: offset)
                yaml = String(String.UnicodeScalarView(scalars))
            }
            if let fast = FlatFrontMatter.parse(yaml) {
                #expect("\(fast)" == yams(yaml), "\(yaml.debugDescription)")
            }
        }
    }

    // MARK: Splitting front matter from the body

    /// The splitter as it was written before the byte-level one.
    private static func referenceSplit(_ text: String) -> FrontMatterSplit? {
        func trim(_ line: Substring) -> Substring {
            var end = line.endIndex
            while end > line.startIndex, line[line.index(before: end)] == " " || line[line.index(before: end)] == "\t" {
                end = line.index(before: end)
            }
            return line[line.startIndex..<end]
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, trim(first) == "---" else {
            return FrontMatterSplit(yaml: nil, body: text, yamlFirstLine: 1)
        }
        for index in 1..<lines.count where ["---", "..."].contains(trim(lines[index])) {
            return FrontMatterSplit(yaml: lines[1..<index].joined(separator: "\n"),
                                    body: lines[(index + 1)...].joined(separator: "\n"), yamlFirstLine: 2)
        }
        return nil
    }

    static let splits: [String] = [
        "", "---", "---\n", "---\n---", "---\n---\n", "---\n...\nbody", "--- \t\ntitle: x\n---  \nbody\n",
        "---\ntitle: x\n----\nmore\n---\nbody", "---\ntitle: x\n-.-\n...\n", "----\ntitle: x\n---\n",
        "no front matter\n---\nx", "---x\ntitle\n---\n", "---\ntitle: é\n---\n\nbody é\n\n",
        "---\u{301}\ntitle: x\n---\n", "---\ntitle: x\n--- \u{301}\n---\nbody", "\n---\ntitle: x\n---\n",
        "---\n\n\n---\n\n\n", "---\ntitle: x\n.. .\n", "---\ntitle: x",
    ]

    @Test("splitting front matter matches the line-based splitter", arguments: splits)
    func split(text: String) {
        switch FrontMatter.split(text, path: "s.md") {
        case .success(let split): #expect(split == Self.referenceSplit(text))
        case .failure: #expect(Self.referenceSplit(text) == nil)
        }
    }

    // MARK: Cleaning and trimming

    /// `TextSanitizer.clean` as it was written before the byte-level one.
    private static func referenceClean(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if TextSanitizer.isInvisible(scalar) { continue }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    static let texts: [String] = [
        "", " ", "plain", "  lead and trail  ", "a\tb\nc\u{0B}d\u{0C}e\rf", "a \u{00A0} b\u{2003}c\u{3000}d",
        "nel\u{0085}x", "ctl\u{0001}\u{001F}\u{007F}\u{0090}x", "bidi \u{202E}evil\u{202C} \u{200B}zw\u{FEFF}",
        "é́ combining", "日本語 テキスト", "emoji 🎉 👩‍👩‍👧 flags 🇬🇧", " \u{0001} start", "end \u{0001} ",
        "\u{1680}ogham\u{2028}ls\u{2029}ps\u{205F}mm\u{180E}mvs", "x \u{0001} y", "\u{0001}\u{0002}",
        "a\u{0000}b", "\u{FFFD} replacement", "tab\t\t\ttabs", "\u{10FFFF} max",
    ]

    @Test("clean matches the scalar-by-scalar version", arguments: texts)
    func clean(text: String) {
        #expect(TextSanitizer.clean(text) == Self.referenceClean(text))
        let sub = text.dropFirst()
        #expect(TextSanitizer.clean(sub) == Self.referenceClean(sub))
    }

    @Test("trimming matches Foundation", arguments: texts + [
        "\n\n  body  \n\n", "\u{00A0}nbsp\u{00A0}", "\n\u{0001}x\n", "x\u{0301}\n", "\n\u{0301}x", "\t\u{000B}x\u{000C}\r",
        "\u{001C}x\u{001F}", "x", "  x", "x  ", "\u{2028}", "é", " é ",
    ])
    func trimming(text: String) {
        #expect(TextSanitizer.trimmingWhitespaceAndNewlines(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("plain paragraphs match Foundation's split", arguments: [
        "One.\n\nTwo  words.\n\n\n\nThree\nlines here.", "", "\n\n", "Only one", "\n\n\nx\n", "x\n\n",
        "carriage\r\n\nreturn\r\n\r\nx", "a\n\n\nb", "tab\there\n \n\nnext", "é\n\n\u{301}x",
    ])
    func paragraphs(plain: String) {
        let reference = plain.components(separatedBy: "\n\n").map { Self.referenceClean($0) }.filter { !$0.isEmpty }
        #expect(MarkdownArticleParser.paragraphs(ofPlainText: plain) == reference)
    }

    @Test("the ASCII trimmer matches Foundation's trimming", arguments: texts + [
        "\"quoted,\"", "(paren)", "...", "'it's'", "$5", "+1", "<tag>", "a^b", "`x`", "|x|", "~x~", "«guillemets»",
        "“curly”", "—dash—", "¿que?", "_under_", "#hash", "@at", "\\back\\", "{brace}", "x.\u{301}", "\u{301}.x",
    ] + (0..<128).map { String(UnicodeScalar(UInt8($0))) + "word" + String(UnicodeScalar(UInt8(127 - $0))) })
    func asciiTrimmer(text: String) {
        #expect(ASCIITrimmer.punctuation.trim(text) == text.trimmingCharacters(in: .punctuationCharacters))
        let sub = text.dropFirst()
        #expect(ASCIITrimmer.punctuation.trim(sub) == sub.trimmingCharacters(in: .punctuationCharacters))
    }

    // MARK: Dates

    @Test("plain ISO days read without regexes give what the patterns give", arguments: [
        "2015-01-01", "2015-02-29", "2016-02-29", "1799-12-31", "2201-01-01", "2015-13-01", "2015-00-10",
        "2015-01-32", "0000-00-00", "2015-1-01", "2015/01/01", " 2015-01-01", "2015-01-01 ",
    ])
    func isoDays(text: String) {
        #expect(DateParser.parse(text) == DateParser.firstDate(in: text.trimmingCharacters(in: .whitespaces)))
    }
}
