import Testing

@testable import GazetteCore

@Suite("Slugs")
struct SlugTests {
    @Test("slugs are lower-case ASCII with single hyphens", arguments: [
        ("State Police to Help Hartford Police", "state-police-to-help-hartford-police"),
        ("Café déjà vu — l’été", "cafe-deja-vu-lete"),
        ("../../etc/passwd", "etc-passwd"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
        ("   ", "untitled"),
        ("日本語", "untitled"),
    ])
    func make(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test("long titles are cut at a hyphen within the limit")
    func long() {
        let slug = Slug.make(String(repeating: "word ", count: 40))
        #expect(slug.count <= Slug.maxLength)
        #expect(!slug.hasSuffix("-"))
    }

    @Test("an allocated long slug leaves room for a suffix and never ends with a hyphen")
    func longAllocated() {
        var allocator = SlugAllocator()
        let title = String(repeating: "abcdefghi ", count: 7) + "abcdefg hij"
        let first = allocator.allocate(title)
        let second = allocator.allocate(title)
        #expect(first.count <= Slug.maxLength - 4 && !first.hasSuffix("-"))
        #expect(second == first + "-2")
    }

    @Test("collisions get -2, -3 in call order")
    func collisions() {
        var allocator = SlugAllocator()
        #expect(["A b", "a-b", "A B!", "a b 2"].map { allocator.allocate($0) } == ["a-b", "a-b-2", "a-b-3", "a-b-2-2"])
    }
}

@Suite("Publication dates")
struct PublicationDateTests {
    @Test("ISO 8601 keeps only what is known")
    func iso() {
        #expect(PublicationDate(year: 2015, month: 7, day: 21).iso8601 == "2015-07-21")
        #expect(PublicationDate(year: 2015, month: 7, day: 21, hour: 5, minute: 30).iso8601 == "2015-07-21")
        #expect(PublicationDate(year: 2015, month: 7, day: 21, hour: 5, minute: 30, utcOffsetMinutes: -240).iso8601
            == "2015-07-21T05:30:00-04:00")
        #expect(PublicationDate(year: 2015, month: 7, day: 21, hour: 5, minute: 30).rfc3339 == "2015-07-21T05:30:00Z")
    }

    @Test("validity", arguments: [(2015, 2, 29, false), (2016, 2, 29, true), (2015, 13, 1, false), (1700, 1, 1, false)])
    func validity(year: Int, month: Int, day: Int, valid: Bool) {
        #expect(PublicationDate(year: year, month: month, day: day).isValid == valid)
    }

    @Test("ordering puts later days and times last")
    func ordering() {
        let morning = PublicationDate(year: 2015, month: 7, day: 21, hour: 5, minute: 30)
        let day = PublicationDate(year: 2015, month: 7, day: 21)
        let next = PublicationDate(year: 2015, month: 7, day: 22)
        #expect([next, morning, day].sorted() == [day, morning, next])
    }
}

@Suite("Diagnostics and JSON")
struct DiagnosticJSONTests {
    @Test("diagnostics read like compiler messages")
    func diagnostic() {
        #expect(Diagnostic.error("seeds/x.md", line: 3, column: 1, "front matter: expected a mapping").description
            == "seeds/x.md:3:1: error: front matter: expected a mapping")
        #expect(Diagnostic.warning("seeds/y.txt", "invalid UTF-8 replaced").description == "seeds/y.txt: warning: invalid UTF-8 replaced")
    }

    @Test("JSON keeps key order and escapes what HTML and JSON need")
    func json() {
        let value: JSONValue = .object([
            ("path", .string("a\"b\\c\n</script>")), ("n", .int(3)), ("x", .double(0.12345)), ("none", .null),
            ("list", .strings(["é", "\u{1}"])),
        ])
        #expect(value.serialized
            == #"{"path":"a\"b\\c\n\u003c/script\u003e","n":3,"x":0.1235,"none":null,"list":["é","\u0001"]}"#)
    }

    /// The escaping as first written, one scalar at a time: the bulk-copying version must agree.
    static func referenceQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    @Test("JSON strings escape as the scalar-by-scalar reference does", arguments: [
        "", "plain", "\"", "\"\u{301}quoted", "a\r\nb", "line\u{2028}sep\u{2029}", "\u{2027}\u{202A}€",
        "\u{0}\u{1f}\u{7f}", "tab\tend\\", "<b>&amp;</b>", "emoji 👩‍👩‍👧 and é", "\u{FFFE}\u{FFFF}",
        String(repeating: "long text without escapes ", count: 40) + "<",
    ])
    func jsonStrings(text: String) {
        #expect(JSONValue.string(text).serialized == Self.referenceQuoted(text))
    }
}

@Suite("FNV-1a")
struct FNV1aTests {
    @Test("published 64-bit test vectors", arguments: [
        ("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8"),
    ])
    func vectors(text: String, hex: String) {
        #expect(FNV1a.hex(text.utf8) == hex)
        #expect(FNV1a.hash(text.utf8) == UInt64(hex, radix: 16))
    }

    @Test("a hash continued from a seed equals the hash of the whole")
    func continued() {
        let whole = Array("the quick brown fox".utf8)
        #expect(FNV1a.hash(whole[9...], seed: FNV1a.hash(whole[..<9])) == FNV1a.hash(whole))
    }
}

@Suite("Binary coding and content hashes")
struct BinaryCodingTests {
    @Test("integers, varints and strings read back as written")
    func roundTrip() throws {
        let varints: [UInt64] = [0, 1, 127, 128, 300, 16_383, 16_384, UInt64(UInt32.max), .max]
        let int32s: [Int32] = [0, 5, 127, 128, .max, -1, .min]
        let strings = ["", "plain", "Zoë Ørsted met 張偉 🙂", String(repeating: "x", count: 1_000)]
        var out = BinaryWriter()
        for v in varints { out.write(varint: v) }
        out.write(varints: int32s)
        out.write(integers: [UInt64.max, 0, 42])
        out.write(strings) { $0.write($1) }
        out.write(true)
        var input = BinaryReader(out.bytes)
        for v in varints { #expect(input.readVarint() == v) }
        #expect(input.readVarints() == int32s)
        #expect(input.readIntegers(UInt64.self) == [UInt64.max, 0, 42])
        #expect(input.readArray { $0.readString() } == strings)
        #expect(input.readBool() == true)
        #expect(input.isAtEnd)
        #expect(input.readBool() == nil, "reads past the end give nil")
    }

    @Test("a count larger than the bytes left is refused, not allocated")
    func hostileCount() {
        var out = BinaryWriter()
        out.write(varint: UInt64(1) << 40)
        var input = BinaryReader(out.bytes + [1, 2, 3])
        #expect(input.readIntegers(UInt8.self) == nil)
        var unterminated = BinaryReader([0xff, 0xff])
        #expect(unterminated.readVarint() == nil)
    }

    @Test("hashes differ for different sequences and read back from hex")
    func hashes() throws {
        func hash(_ parts: [String]) -> Hash128 {
            var hasher = Hasher128()
            parts.forEach { hasher.add($0) }
            return hasher.hash
        }
        let samples = [[], [""], ["", ""], ["ab", "c"], ["a", "bc"], ["abcdefgh"], ["abcdefgh", ""], ["abcdefghi"],
                       ["abcdefgi"], ["Zoë"], ["Zoe\u{308}"]]
        let hashes = samples.map(hash)
        #expect(Set(hashes).count == samples.count)
        #expect(hash(["ab", "c"]) == hash(["ab", "c"]))
        for h in hashes { #expect(Hash128(hex: h.hex) == h) }
        #expect(Hash128(high: 0x0123_4567_89AB_CDEF, low: 0xAB).hex == "0123456789abcdef00000000000000ab")
        #expect(Hash128(hex: "not hex") == nil)
        #expect(Hash128(hex: "0123456789ABCDEF0123456789abcdef") == Hash128(high: 0x0123_4567_89AB_CDEF, low: 0x0123_4567_89AB_CDEF))
        for bad in ["0123456789abcdef0123456789abcde", "+123456789abcdef0123456789abcdef", "0123456789abcdefg123456789abcdef"] {
            #expect(Hash128(hex: bad) == nil)
        }
    }
}

@Suite("Concurrent work")
struct ConcurrentTests {
    /// Work started beside other work gives what it would give alone, whichever finishes first,
    /// also when it runs parallel loops of its own.
    @Test("Pending returns its body's value, and Concurrent.map equals map", arguments: [0, 1, 7, 1_000])
    func pendingAndMap(count: Int) {
        let square = Pending { Concurrent.map(count) { $0 * $0 } }
        let cube = Concurrent.map(count) { $0 * $0 * $0 }
        #expect(square.wait() == (0..<count).map { $0 * $0 })
        #expect(cube == (0..<count).map { $0 * $0 * $0 })
    }
}

@Suite("Word counts")
struct WordCountTests {
    @Test("words are runs between spaces holding a letter or digit", arguments: [
        (["The mayor said so."], 4), (["U.S. troops — 3,000 of them — left."], 6), (["Zürich’s café “reopened” … today"], 4),
        (["«Ça va», dit-il."], 3), (["Один два", "三"], 3), (["", "  \n\t "], 0), (["— – … ©"], 0), (["a\u{00A0}b c"], 2),
    ] as [([String], Int)])
    func words(paragraphs: [String], count: Int) {
        #expect(Article.countWords(paragraphs) == count)
        #expect(Article(path: "a.md", format: .markdown, title: "A", paragraphs: paragraphs, markdown: "").wordCount == count)
    }
}
