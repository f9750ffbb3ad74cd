import Testing
@testable import GazetteAnalysis

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var sentences: [String]
        var description: String { String(text.prefix(40)) }
    }

    static let cases: [Case] = [
        Case(text: "Gov. Ned Lamont spoke. He left.", sentences: ["Gov. Ned Lamont spoke.", "He left."]),
        Case(text: "Mr. Smith and Dr. Jones met Sen. Blumenthal. They talked.",
             sentences: ["Mr. Smith and Dr. Jones met Sen. Blumenthal.", "They talked."]),
        Case(text: "Democratic Gov. Dannel P. Malloy said so. Others agreed.",
             sentences: ["Democratic Gov. Dannel P. Malloy said so.", "Others agreed."]),
        Case(text: "J. K. Rowling wrote it. It sold well.", sentences: ["J. K. Rowling wrote it.", "It sold well."]),
        Case(text: "The law takes effect Oct. 1 this year. Police agree.",
             sentences: ["The law takes effect Oct. 1 this year.", "Police agree."]),
        Case(text: "It opened Jan. 20 in Hartford. It closed later.",
             sentences: ["It opened Jan. 20 in Hartford.", "It closed later."]),
        Case(text: "It happened at 3 a.m. Sunday in the city. Nobody was hurt.",
             sentences: ["It happened at 3 a.m. Sunday in the city.", "Nobody was hurt."]),
        Case(text: "He lives in the U.S. The rest live abroad.",
             sentences: ["He lives in the U.S.", "The rest live abroad."]),
        Case(text: "The U.S. Army helped. It was quick.", sentences: ["The U.S. Army helped.", "It was quick."]),
        Case(text: "HARTFORD, Conn. (AP) — Shots rang out. Police came.",
             sentences: ["HARTFORD, Conn. (AP) — Shots rang out.", "Police came."]),
        Case(text: "He was ranked No. 5 in the state. She was No. 2.",
             sentences: ["He was ranked No. 5 in the state.", "She was No. 2."]),
        Case(text: "Prices rose 2.5 percent in May. Rates held at 4.75%.",
             sentences: ["Prices rose 2.5 percent in May.", "Rates held at 4.75%."]),
        Case(text: "He paused... and went on. Then... Nothing.", sentences: ["He paused... and went on.", "Then...", "Nothing."]),
        Case(text: "“We’re patrolling the neighborhood,” he said. “We have guns.”",
             sentences: ["“We’re patrolling the neighborhood,” he said.", "“We have guns.”"]),
        Case(text: "\"It is over.\" The crowd left.", sentences: ["\"It is over.\"", "The crowd left."]),
        Case(text: "“Is it safe?” he asked. Nobody knew!", sentences: ["“Is it safe?” he asked.", "Nobody knew!"]),
        Case(text: "She works at Acme Inc. in Boston. It grew.", sentences: ["She works at Acme Inc. in Boston.", "It grew."]),
        Case(text: "The meeting ended at 5 p.m. The mayor spoke.",
             sentences: ["The meeting ended at 5 p.m.", "The mayor spoke."]),
        Case(text: "No full stop at the end", sentences: ["No full stop at the end"]),
        Case(text: "   ", sentences: []),
    ]

    @Test("splits at sentence ends only", arguments: cases)
    func splits(_ c: Case) {
        #expect(SentenceSplitter().split(c.text) == c.sentences)
    }

    @Test("never joins paragraphs")
    func paragraphs() {
        let sentences = SentenceSplitter().split(paragraphs: ["First one ends here", "Second starts. And ends."])
        #expect(sentences == ["First one ends here", "Second starts.", "And ends."])
    }

    @Test("sentences are verbatim substrings of the paragraph")
    func verbatim() {
        let text = "Lewis said “no.” Lawlor, of the University of New Haven, disagreed. Oct. 1 is near!"
        for sentence in SentenceSplitter().split(text) { #expect(text.contains(sentence)) }
    }
}
