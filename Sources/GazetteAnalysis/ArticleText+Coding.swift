import GazetteCore

/// `ArticleText` as bytes, for `AnalysisCache`: everything the text pass works out, so a cached
/// article need not be split, tokenised or scanned for phrases and entities again.
extension ArticleText {
    func encoded() -> [UInt8] {
        precondition(tableTerms == nil, "a text read with table ids has no term strings to store")
        var out = BinaryWriter()
        out.write(spans) { out, span in
            out.write(varint: span.paragraph)
            out.write(varint: span.start)
            out.write(varint: span.end - span.start)
        }
        out.write(wordCounts) { $0.write(varint: Int32(clamping: $1)) }
        out.write(usable) { $0.write($1) }
        out.write(continuesQuote) { $0.write($1) }
        out.write(localTerms) { $0.write($1) }
        out.write(varints: titleTerms)
        out.write(varints: bodyTerms)
        out.write(varints: sentenceStarts)
        out.write(signature != nil)
        if let signature { out.write(integers: signature) }
        CandidateCodec.write(rankable, to: &out)
        KeyCodec.write(unigramKeys, to: &out)
        out.write(entities) { out, found in
            out.write(found.key)
            out.write(found.entity.name)
            out.write(found.entity.kind.rawValue)
            out.write(varint: Int32(clamping: found.entity.mentions))
        }
        MentionCodec.write(mentions, to: &out)
        out.write(searchNames) { $0.write($1) }
        out.write(copyHash)
        return out.bytes
    }

    /// The text `encoded()` gave, or `nil` when the bytes are not a whole encoding.
    /// - Parameter file: where `bytes` were read, and from which offset: `bodyTerms`,
    ///   `rankable`, `unigramKeys` and `mentions` are then checked but left there, to be read
    ///   when asked for, as `spill(to:)` would have moved the last three (the entry's bytes never
    ///   change while the reader is open).
    /// - Parameter tableTerms: the ids of the text's terms in the last build's term table: the
    ///   term strings are then skipped, not read (`nil` when their count differs).
    init?(decoding bytes: [UInt8], file: (reader: CacheFileReader, offset: Int64)? = nil, tableTerms: [Int32]? = nil) {
        var input = BinaryReader(bytes)
        guard let spans = input.readArray({ input -> SentenceSpan? in
                  guard let p = input.readVarintInt32(), let s = input.readVarintInt32(), let n = input.readVarintInt32() else { return nil }
                  return SentenceSpan(paragraph: p, start: s, end: s &+ n)
              }),
              let wordCounts = input.readArray({ $0.readVarintInt32().map(Int.init) }),
              let usable = input.readArray({ $0.readBool() }),
              let continuesQuote = input.readArray({ $0.readBool() }), continuesQuote.count == usable.count,
              let localTerms = Self.readTerms(&input, skipping: tableTerms?.count),
              let titleTerms = input.readVarints()
        else { return nil }
        /// A part read, or checked and left in `file`.
        func part<Codec: ScratchCodec>(_: Codec.Type) -> Spilled<Codec>? {
            guard let file else { return Codec.read(&input).map { Spilled($0) } }
            let start = input.position
            guard Codec.skip(&input) else { return nil }
            return Spilled(storedIn: file.reader, offset: file.offset + Int64(start), count: input.position - start)
        }
        guard let bodyTerms = part(TermCodec.self),
              let sentenceStarts = input.readVarints(),
              let signed = input.readBool()
        else { return nil }
        var signature: [UInt64]?
        if signed {
            guard let read = input.readIntegers(UInt64.self) else { return nil }
            signature = read
        }
        guard let rankable = part(CandidateCodec.self),
              let unigramKeys = part(KeyCodec.self),
              let entities = input.readArray(Self.readEntity),
              let mentions = part(MentionCodec.self),
              let searchNames = input.readArray({ $0.readString() }),
              let copyHash: UInt64 = input.read(),
              input.isAtEnd
        else { return nil }
        self.init(spans: spans, wordCounts: wordCounts, usable: usable, continuesQuote: continuesQuote, localTerms: localTerms, titleTerms: titleTerms,
                  bodyTerms: bodyTerms, sentenceStarts: sentenceStarts, signature: signature, rankable: rankable,
                  unigramKeys: unigramKeys, entities: entities, mentions: mentions,
                  searchNames: searchNames, copyHash: copyHash)
        self.tableTerms = tableTerms
    }

    /// The term strings; with `skipping`, none (the strings are moved past, and must number that many).
    private static func readTerms(_ input: inout BinaryReader, skipping count: Int?) -> [String]? {
        guard let count else { return input.readArray { $0.readString() } }
        guard let stored = input.readVarint(), stored == count else { return nil }
        for _ in 0..<count { guard input.skipString() else { return nil } }
        return []
    }

    private static func readEntity(_ input: inout BinaryReader) -> EntityExtractor.Found? {
        guard let key = input.readString(), let name = input.readString(),
              let kind = input.readString().flatMap(EntityKind.init(rawValue:)), let mentions = input.readVarintInt32()
        else { return nil }
        return EntityExtractor.Found(key: key, entity: Entity(name: name, kind: kind, mentions: Int(mentions)))
    }
}

/// Key-phrase candidates, as in the cache file.
enum CandidateCodec: ScratchCodec {
    static func write(_ candidates: [KeyphraseExtractor.Candidate], to out: inout BinaryWriter) {
        out.write(candidates) { out, c in
            out.write(c.key)
            out.write(c.display)
            out.write(varint: Int32(clamping: c.count))
            out.write(varint: Int32(clamping: c.first))
            out.write(varint: Int32(clamping: c.length))
            out.write(varint: Int32(clamping: c.weakestWord))
        }
    }

    static func read(_ input: inout BinaryReader) -> [KeyphraseExtractor.Candidate]? {
        input.readArray { input in
            guard let key = input.readString(), let display = input.readString(), let count = input.readVarintInt32(),
                  let first = input.readVarintInt32(), let length = input.readVarintInt32(),
                  let weakest = input.readVarintInt32()
            else { return nil }
            return KeyphraseExtractor.Candidate(key: key, display: display, count: Int(count), first: Int(first),
                                                length: Int(length), weakestWord: Int(weakest))
        }
    }

    static func skip(_ input: inout BinaryReader) -> Bool {
        input.skipArray { input in
            input.skipString() && input.skipString() && input.readVarintInt32() != nil && input.readVarintInt32() != nil
                && input.readVarintInt32() != nil && input.readVarintInt32() != nil
        }
    }
}

/// Hashed keys, 8 bytes each.
enum KeyCodec: ScratchCodec {
    static func write(_ keys: [UInt64], to out: inout BinaryWriter) { out.write(integers: keys) }
    static func read(_ input: inout BinaryReader) -> [UInt64]? { input.readIntegers(UInt64.self) }
    static func skip(_ input: inout BinaryReader) -> Bool { input.skipArray { $0.read(UInt64.self) != nil } }
}

/// Mentions as key and strength pairs, in order.
enum MentionCodec: ScratchCodec {
    static func write(_ mentions: MentionList, to out: inout BinaryWriter) {
        out.write(mentions.all) { out, mention in
            out.write(mention.key)
            out.write(varint: mention.strength)
        }
    }

    static func read(_ input: inout BinaryReader) -> MentionList? {
        input.readArray { input -> Mention? in
            guard let key: UInt64 = input.read(), let strength = input.readVarintInt32() else { return nil }
            return Mention(key: key, strength: strength)
        }.map(MentionList.init)
    }

    static func skip(_ input: inout BinaryReader) -> Bool {
        input.skipArray { $0.read(UInt64.self) != nil && $0.readVarintInt32() != nil }
    }
}
