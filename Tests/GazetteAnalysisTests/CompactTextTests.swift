import GazetteCore
import Testing

@testable import GazetteAnalysis

/// The compact forms analysis keeps per article (sentence spans, term batches, packed mentions)
/// against the plain forms they replace.
struct CompactTextTests {
    static let unicode = Fixtures.article("u.txt", title: "Café talks", [
        "“Le café est fermé,” dit-il. Gov. Lamont said—again—that it’s over… The end?",
        "Zoë Ørsted met 張偉 in São Paulo on Oct. 1. They talked (briefly). Ça va ? 🙂 Yes!",
        "Short one.",
    ])

    static func articles() throws -> [Article] {
        try SeedFiles.load() + [Fixtures.patrols, Fixtures.troopers, Fixtures.resources, Fixtures.football, unicode]
    }

    @Test("sentence spans cut out exactly the splitter's sentences, with the filter's verdicts")
    func spans() throws {
        let splitter = SentenceSplitter()
        for article in try Self.articles() {
            let text = ArticleText(article: article, splitter: splitter)
            let expected = splitter.split(paragraphs: article.paragraphs)
            #expect(!expected.isEmpty)
            #expect(text.sentences(of: article) == expected, "\(article.path)")
            #expect(text.usable.count == expected.count)
            for (s, sentence) in expected.enumerated() {
                #expect(text.sentence(s, of: article) == sentence)
                #expect(text.usable[s] == (SentenceFilter.rejection(sentence, words: text.wordCounts[s]) == nil))
            }
        }
    }

    @Test("an index built in batches, its body terms in a scratch file or not, equals one built from every article at once",
          arguments: [1, 2, 3, 100], [false, true])
    func batches(size: Int, scratch: Bool) throws {
        let splitter = SentenceSplitter()
        let texts = try Self.articles().map { ArticleText(article: $0, splitter: splitter) }
        let whole = CorpusIndex(texts: texts)
        var builder = CorpusIndex.Builder(scratch: scratch ? try #require(ScratchFile()) : nil)
        var emptied: [ArticleText] = []
        for start in stride(from: 0, to: texts.count, by: size) {
            var batch = Array(texts[start..<min(texts.count, start + size)])
            builder.add(&batch)
            emptied += batch
        }
        let batched = builder.finish()
        #expect(batched.termText == whole.termText)
        #expect(batched.termIDs == whole.termIDs)
        #expect(batched.documentFrequency == whole.documentFrequency)
        #expect(batched.idf == whole.idf)
        #expect(batched.titleTerms == whole.titleTerms)
        #expect(texts.indices.map(batched.bodyTerms(of:)) == texts.indices.map(whole.bodyTerms(of:)))
        #expect(texts.indices.map(whole.bodyTerms(of:)) == texts.map(\.bodyTerms).enumerated().map { a, local in
            local.map { whole.termIDs[texts[a].localTerms[Int($0)]]! }
        })
        #expect(batched.sentenceStarts == whole.sentenceStarts)
        #expect(batched.documents == whole.documents)
        #expect(whole.termText.count > 100)
        // Ids in the order of the terms' bytes, and each term counted once per article having it.
        var df: [String: Int32] = [:]
        for text in texts { for term in text.localTerms { df[term, default: 0] += 1 } }
        let byBytes = df.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(batched.termText == byBytes)
        #expect(batched.documentFrequency == byBytes.map { df[$0]! })
        #expect(batched.termIDs == Dictionary(uniqueKeysWithValues: byBytes.enumerated().map { ($1, Int32($0)) }))
        // The index took the per-article terms.
        #expect(emptied.allSatisfy { $0.localTerms.isEmpty && $0.bodyTerms.isEmpty && $0.titleTerms.isEmpty })
        #expect(texts.contains { !$0.localTerms.isEmpty })
    }

    @Test("packed mentions give back every key and strength, large strengths included")
    func mentions() {
        let strengths: [Int32] = [1, 2, 254, 255, 256, 70_000, 3, Int32.max]
        let given = strengths.enumerated().map { Mention(key: UInt64($0.offset) &* 0x9E37_79B9_7F4A_7C15, strength: $0.element) }
        let list = MentionList(given)
        #expect(list.count == given.count)
        #expect(list.all == given)
        #expect(list.keys == given.map(\.key))
        #expect((0..<list.count).map { list.strength(at: $0) } == strengths)
        #expect(MentionList().count == 0)
    }

    @Test("a text whose candidates, one-word keys and mentions are in a scratch file reads them back as they were")
    func spilled() throws {
        let file = try #require(ScratchFile())
        let splitter = SentenceSplitter()
        var full = 0
        for article in try Self.articles() {
            let text = ArticleText(article: article, splitter: splitter)
            var spilled = text
            spilled.spill(to: file)
            #expect(spilled.isSpilled && !text.isSpilled, "\(article.path)")
            if !text.rankable.isEmpty && !text.unigramKeys.isEmpty && text.mentions.count > 0 { full += 1 }
            #expect(spilled.rankable == text.rankable)
            #expect(spilled.unigramKeys == text.unigramKeys)
            #expect(spilled.mentions == text.mentions)
            #expect(spilled == text)
            var different = text
            different.mentions = MentionList(text.mentions.all.dropLast())
            #expect(spilled != different)
            #expect(ArticleText(decoding: spilled.encoded()) == text)
            // A part that changes comes back to memory; the others stay in the file.
            var changed = spilled
            changed.mentions = MentionList()
            #expect(!changed.isSpilled && changed != text)
            #expect(changed.rankable == text.rankable && changed.unigramKeys == text.unigramKeys)
        }
        #expect(full >= 5)
    }
}

@Suite("String order")
struct StringOrderTests {
    @Test("byteOrder sorts by UTF-8 bytes: shared eight-byte prefixes, NUL bytes, accents, emoji")
    func byteOrder() {
        var numbers = SeededNumbers(seed: 7)
        let pieces = ["", "a", "ab", "abcdefgh", "abcdefghi", "\u{0}", "é", "e\u{301}", "z", "Z", "🙂", "abcdefgh\u{0}"]
        var strings = pieces
        for _ in 0..<2_000 {
            strings.append((0..<(1 + numbers.next(3))).map { _ in pieces[numbers.next(pieces.count)] }.joined())
        }
        let order = StringOrder.byteOrder(strings).map { strings[Int($0)] }
        #expect(order == strings.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(Set(StringOrder.byteOrder(strings)).count == strings.count)
    }
}

@Suite("Rounded document frequency")
struct RoundedFrequencyTests {
    @Test("exact up to 8, then within an eighth, never decreasing, and changing at four steps an octave")
    func rounded() {
        for df in Int32(0)...8 { #expect(CorpusIndex.Builder.rounded(df) == Double(df)) }
        #expect(CorpusIndex.Builder.rounded(9) == 8.5)
        #expect(CorpusIndex.Builder.rounded(1000) == 959.5)
        var changes = 0
        var previous = CorpusIndex.Builder.rounded(8)
        for df in Int32(9)...(1 << 17) {
            let value = CorpusIndex.Builder.rounded(df)
            #expect(abs(value - Double(df)) <= Double(df) / 8, "\(df)")
            #expect(value >= previous, "\(df)")
            if value != previous { changes += 1 }
            previous = value
        }
        // At 9 (from 8, exact), 10, 12 and 14, four steps in each octave from 16 to 131,071,
        // and at 131,072.
        #expect(changes == 1 + 3 + 4 * 13 + 1)
    }
}

@Suite("Case-insensitive search")
struct LowercasedSearchTests {
    @Test("searching with capitals lowered finds what lower-casing first finds",
          arguments: [
              ("Gordon Brown met the Chancellor.", "gordon brown"), ("GORDON BROWN", "brown"), ("Brown", "brown"),
              ("Browning", "brown"), ("Brow", "brown"), ("", ""), ("abc", ""), ("", "a"), ("[At] the @ sign", "[at]"),
              ("Zürich AND Zurich", "zurich"), ("ZÜRICH", "zürich"), ("İstanbul", "i̇stanbul"), ("Chelsea", "CHELSEA"),
              ("x^y", "x~y"), ("The A-Z guide", "a-z"),
          ])
    func matchesLowercasedFirst(text: String, needle: String) {
        #expect(text.lowercasedContainsBytes(needle) == text.lowercased().containsBytes(needle))
    }

    @Test("every ASCII byte lowers as lowercased() lowers it, against every other")
    func everyASCIIByte() {
        var wrong: [String] = []
        for byte in UInt8(1)..<0x80 {
            let text = String(decoding: [0x20, byte, 0x20], as: UTF8.self)
            let lowered = text.lowercased()
            for other in UInt8(1)..<0x80 {
                let needle = String(decoding: [other, 0x20], as: UTF8.self)
                if text.lowercasedContainsBytes(needle) != lowered.containsBytes(needle) { wrong.append("\(byte) \(other)") }
            }
        }
        #expect(wrong.isEmpty)
    }
}
