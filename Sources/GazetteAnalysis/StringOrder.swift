/// Sorting strings in `String`'s own order, faster: ASCII strings are first compared by their
/// first eight bytes as one big-endian integer (byte order is `String` order for ASCII, and no
/// ASCII key holds a NUL byte, which pads the shorter ones); ties and any other string fall
/// back to `<`.
enum StringOrder {
    static func sorted(_ strings: [String]) -> [String] {
        var keys = [UInt64](repeating: 0, count: strings.count)
        var fast = [Bool](repeating: false, count: strings.count)
        for (i, s) in strings.enumerated() {
            var v: UInt64 = 0, k = 0, ok = true
            for b in s.utf8 {
                if b >= 0x80 || b == 0 { ok = false; break }
                if k < 8 { v |= UInt64(b) << UInt64(56 - 8 * k); k += 1 }
            }
            keys[i] = v
            fast[i] = ok
        }
        let order = strings.indices.sorted { a, b in
            if fast[a], fast[b], keys[a] != keys[b] { return keys[a] < keys[b] }
            return strings[a] < strings[b]
        }
        return order.map { strings[$0] }
    }

    /// The indices of `strings` in the order of their UTF-8 bytes (a string before any longer
    /// one it begins). Compared first by their first eight bytes as one big-endian integer,
    /// zero-padded: where those differ, so do the bytes, in the same order.
    static func byteOrder(_ strings: [String]) -> [Int32] {
        var keyed: [(key: UInt64, index: Int32)] = []
        keyed.reserveCapacity(strings.count)
        for (i, s) in strings.enumerated() {
            var v: UInt64 = 0, k = 0
            for b in s.utf8 {
                v |= UInt64(b) << UInt64(56 - 8 * k)
                k += 1
                if k == 8 { break }
            }
            keyed.append((v, Int32(i)))
        }
        keyed.sort { a, b in
            if a.key != b.key { return a.key < b.key }
            return strings[Int(a.index)].utf8.lexicographicallyPrecedes(strings[Int(b.index)].utf8)
        }
        return keyed.map(\.index)
    }
}
