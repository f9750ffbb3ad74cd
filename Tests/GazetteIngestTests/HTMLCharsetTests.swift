import Foundation
import Testing
@testable import GazetteIngest

/// Charset detection: declarations, BOMs, the UTF-8 / windows-1252 fallback, invalid bytes.
@Suite struct HTMLCharsetTests {
    /// "café – “quoted”" in windows-1252 bytes.
    static let cp1252Text: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x75, 0x6F, 0x74, 0x65, 0x64, 0x94]

    static func page(head: String, body: [UInt8]) -> Data {
        Data("<html><head>\(head)</head><body><article><p>".utf8) + Data(body) + Data("</p></article></body></html>".utf8)
    }

    static func bodyText(_ data: Data) -> String {
        HTMLExtractor.extract(data).blocks.map(\.text).joined(separator: "\n")
    }

    @Test(arguments: [
        "<meta charset=\"windows-1252\">",
        "<meta charset=iso-8859-1>",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
        "",  // undeclared and not UTF-8: windows-1252
    ])
    func decodesWindows1252(head: String) {
        let text = Self.bodyText(Self.page(head: head, body: Self.cp1252Text))
        #expect(text == "café – “quoted”")
    }

    @Test func declaredUTF8WinsOverGuessing() {
        let text = Self.bodyText(Self.page(head: "<meta charset=\"utf-8\">", body: Array("naïve “text”".utf8)))
        #expect(text == "naïve “text”")
    }

    @Test func undeclaredValidUTF8IsUTF8() {
        #expect(Self.bodyText(Self.page(head: "", body: Array("Zürich – 東京".utf8))) == "Zürich – 東京")
    }

    @Test func utf8ByteOrderMarkIsHonoured() {
        let data = Data([0xEF, 0xBB, 0xBF]) + Self.page(head: "<meta charset=\"windows-1252\">", body: Array("é".utf8))
        #expect(Self.bodyText(data) == "é")
    }

    @Test func xmlDeclarationIsRead() {
        #expect(HTMLCharset.declaredCharset(in: Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>".utf8)) == "iso-8859-1")
    }

    @Test func invalidBytesInDeclaredUTF8AreReplacedAndReported() {
        let extraction = HTMLExtractor.extract(Self.page(head: "<meta charset=\"utf-8\">", body: [0x61, 0xFF, 0xFE, 0x62]))
        #expect(extraction.blocks.first?.text == "a\u{FFFD}\u{FFFD}b")
        #expect(extraction.warnings.contains { $0.contains("UTF-8") })
    }

    @Test func unknownCharsetFallsBack() {
        let extraction = HTMLExtractor.extract(Self.page(head: "<meta charset=\"x-no-such-charset\">", body: Array("plain".utf8)))
        #expect(extraction.blocks.first?.text == "plain")
        #expect(extraction.warnings.contains { $0.contains("x-no-such-charset") })
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 6, 7])
    func arbitraryBytesNeverCrash(seed: UInt64) {
        var generator = SplitMix(seed: seed)
        let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let prefix = Data("<html><meta charset=\"\(["utf-8", "shift_jis", "utf-16", "", "koi8-r"][Int(seed) % 5])\"><p>".utf8)
        _ = HTMLExtractor.extract(prefix + Data(bytes))
        _ = HTMLExtractor.extract(Data(bytes))
    }
}

/// A small deterministic random number generator for property tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
