/// The 64-bit FNV-1a hash: fast, and stable across runs and machines (Swift's `Hasher` is
/// seeded per process, so its values can be neither saved nor compared between runs).
public enum FNV1a {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of `bytes`; pass a previous result as `seed` to continue it over more bytes.
    @inlinable
    public static func hash(_ bytes: some Sequence<UInt8>, seed: UInt64 = offsetBasis) -> UInt64 {
        var value = seed
        for byte in bytes { step(&value, byte) }
        return value
    }

    /// Folds one more byte into `value`.
    @inlinable @inline(__always)
    public static func step(_ value: inout UInt64, _ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x100_0000_01b3
    }

    /// The hash as 16 lower-case hex digits.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let text = String(hash(bytes), radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
