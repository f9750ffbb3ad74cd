/// A text decoded once into Unicode scalars with the UTF-8 offset of each, so that the sentence
/// splitter and the tokenizer index scalars directly and cut substrings out of the UTF-8 bytes
/// (no `String.Index` arrays, no per-scalar `Set` look-ups). One value is reused for every
/// paragraph of an article, so its buffers are allocated once.
struct ScalarText {
    /// The UTF-8 bytes of the text.
    private(set) var bytes: [UInt8] = []
    /// The scalars of the text.
    private(set) var scalars: [Unicode.Scalar] = []
    /// The byte offset of each scalar, plus the byte count at the end.
    private(set) var offsets: [Int] = []
    /// True when every byte is ASCII (then scalar and byte offsets coincide).
    private(set) var isASCII = true

    init() {}

    init(_ text: String) { load(text) }

    var count: Int { scalars.count }

    subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    mutating func load(_ text: String) {
        bytes.removeAll(keepingCapacity: true)
        scalars.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: text.utf8)
        scalars.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        isASCII = true
        var offset = 0
        for s in text.unicodeScalars {
            scalars.append(s)
            offsets.append(offset)
            let width = UTF8.width(s)
            if width > 1 { isASCII = false }
            offset += width
        }
        offsets.append(offset)
    }

    /// The substring of scalars `lo..<hi`.
    func string(_ lo: Int, _ hi: Int) -> String {
        let from = offsets[lo], to = offsets[hi]
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self) }
    }

    /// True when scalars `lo..<hi` are all ASCII.
    func isASCII(_ lo: Int, _ hi: Int) -> Bool {
        isASCII || offsets[hi] - offsets[lo] == hi - lo
    }

    /// The substring of scalars `lo..<hi`, lower-cased exactly as `String.lowercased()` would.
    func lowercased(_ lo: Int, _ hi: Int) -> String {
        guard isASCII(lo, hi) else { return string(lo, hi).lowercased() }
        let from = offsets[lo], to = offsets[hi]
        return bytes.withUnsafeBufferPointer { all in
            String(unsafeUninitializedCapacity: to - from) { out in
                for k in 0..<(to - from) {
                    let b = all[from + k]
                    out[k] = b &- 0x41 < 26 ? b | 0x20 : b
                }
                return to - from
            }
        }
    }
}
