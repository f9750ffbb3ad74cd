import GazetteCore

/// How a `Spilled` value is written to a `ScratchFile` and read back.
protocol ScratchCodec {
    associatedtype Value: Sendable, Equatable
    static func write(_ value: Value, to out: inout BinaryWriter)
    static func read(_ input: inout BinaryReader) -> Value?
    /// Moves past a value, true exactly where `read` would return one, without building it.
    static func skip(_ input: inout BinaryReader) -> Bool
}

/// A value held in memory, or written to a `ScratchFile` (or left in the cache file it was read
/// from) and read back each time it is asked for: for what the text pass works out per article
/// and one later step reads once. Two are equal when their values are, wherever they are kept;
/// setting the value brings it back into memory.
struct Spilled<Codec: ScratchCodec>: Sendable, Equatable {
    private enum Storage: Sendable {
        case inline(Codec.Value)
        case stored(ScratchFile, ScratchFile.Region)
        case cached(CacheFileReader, offset: Int64, count: Int)
    }

    private var storage: Storage

    init(_ value: Codec.Value) {
        storage = .inline(value)
    }

    /// The value `Codec` wrote at `offset` of the file `reader` reads, where it stays until asked
    /// for; the caller has checked that the bytes there read as a value (`Codec.skip`).
    init(storedIn reader: CacheFileReader, offset: Int64, count: Int) {
        storage = .cached(reader, offset: offset, count: count)
    }

    var value: Codec.Value {
        get {
            switch storage {
            case .inline(let value):
                return value
            case .stored(let file, let region):
                return Self.decode(file.read(region), from: "Gazette's temporary file of analysis values")
            case .cached(let reader, let offset, let count):
                guard let bytes = reader.bytes(at: offset, count: count) else {
                    fatalError("cannot read back Gazette's cache file of article texts")
                }
                return Self.decode(bytes, from: "Gazette's cache file of article texts")
            }
        }
        set { storage = .inline(newValue) }
    }

    /// The value in `bytes`, which were checked when they were stored: anything else is a file
    /// changed under the build, and the build stops.
    private static func decode(_ bytes: [UInt8], from file: String) -> Codec.Value {
        var input = BinaryReader(bytes)
        guard let value = Codec.read(&input), input.isAtEnd else {
            fatalError("\(file) does not read back as it was written")
        }
        return value
    }

    var isStored: Bool {
        if case .inline = storage { false } else { true }
    }

    /// Moves the value to `file`; it stays in memory if the file cannot take it.
    mutating func spill(to file: ScratchFile) {
        guard case .inline(let value) = storage else { return }
        var out = BinaryWriter()
        Codec.write(value, to: &out)
        if let region = file.append(out.bytes) { storage = .stored(file, region) }
    }

    static func == (a: Spilled, b: Spilled) -> Bool { a.value == b.value }
}
