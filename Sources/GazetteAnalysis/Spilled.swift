import GazetteCore

/// How a `Spilled` value is written to a `ScratchFile` and read back.
protocol ScratchCodec {
    associatedtype Value: Sendable, Equatable
    static func write(_ value: Value, to out: inout BinaryWriter)
    static func read(_ input: inout BinaryReader) -> Value?
}

/// A value held in memory, or written to a `ScratchFile` and read back each time it is asked
/// for: for what the text pass works out per article and one later step reads once. Two are
/// equal when their values are, wherever they are kept; setting the value brings it back into
/// memory.
struct Spilled<Codec: ScratchCodec>: Sendable, Equatable {
    private enum Storage: Sendable {
        case inline(Codec.Value)
        case stored(ScratchFile, ScratchFile.Region)
    }

    private var storage: Storage

    init(_ value: Codec.Value) {
        storage = .inline(value)
    }

    var value: Codec.Value {
        get {
            switch storage {
            case .inline(let value):
                return value
            case .stored(let file, let region):
                var input = BinaryReader(file.read(region))
                guard let value = Codec.read(&input), input.isAtEnd else {
                    fatalError("Gazette's temporary file of analysis values does not read back as it was written")
                }
                return value
            }
        }
        set { storage = .inline(newValue) }
    }

    var isStored: Bool {
        if case .stored = storage { true } else { false }
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
