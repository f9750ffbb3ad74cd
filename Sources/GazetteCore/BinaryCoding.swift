/// Appends values to a byte array in a fixed little-endian layout, for caches that are read back
/// by `BinaryReader` (only by the same Gazette executable, so no versioning is needed inside).
public struct BinaryWriter: Sendable {
    @usableFromInline var storage: [UInt8] = []

    /// Everything written so far.
    public var bytes: [UInt8] { storage }

    @inlinable public init() {}

    @inlinable public mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { storage.append(contentsOf: $0) }
    }

    @inlinable public mutating func write(_ value: Bool) { storage.append(value ? 1 : 0) }

    /// `value` in LEB128: seven bits a byte, low bits first, so small numbers take one byte.
    @inlinable public mutating func write(varint value: UInt64) {
        var value = value
        while value >= 0x80 {
            storage.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        storage.append(UInt8(value))
    }

    /// A non-negative `Int32` takes one byte below 128; a negative one, five.
    @inlinable public mutating func write(varint value: Int32) { write(varint: UInt64(UInt32(bitPattern: value))) }

    @inlinable public mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(varint: UInt64(utf8.count))
            storage.append(contentsOf: utf8)
        }
    }

    /// A count, then each element written by `element`.
    @inlinable public mutating func write<C: Collection>(_ values: C, _ element: (inout BinaryWriter, C.Element) -> Void) {
        write(varint: UInt64(values.count))
        for value in values { element(&self, value) }
    }

    /// A count, then the integers at full width (for hashes).
    @inlinable public mutating func write<T: FixedWidthInteger>(integers values: [T]) {
        write(values) { $0.write($1) }
    }

    /// A count, then the integers as varints.
    @inlinable public mutating func write(varints values: [Int32]) {
        write(values) { $0.write(varint: $1) }
    }
}

/// Reads what `BinaryWriter` wrote. Every read checks the bounds and returns `nil` past the end,
/// so a damaged cache is a miss, never a crash.
public struct BinaryReader {
    @usableFromInline let bytes: [UInt8]
    @usableFromInline var offset = 0

    @inlinable public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    @inlinable public var isAtEnd: Bool { offset == bytes.count }

    @inlinable public mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) -> T? {
        let size = MemoryLayout<T>.size
        guard bytes.count - offset >= size else { return nil }
        var value = T.zero
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { target.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + size)])) }
        }
        offset += size
        return T(littleEndian: value)
    }

    @inlinable public mutating func readBool() -> Bool? {
        guard let byte: UInt8 = read() else { return nil }
        return byte != 0
    }

    @inlinable public mutating func readVarint() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    @inlinable public mutating func readVarintInt32() -> Int32? {
        guard let value = readVarint(), value <= UInt64(UInt32.max) else { return nil }
        return Int32(bitPattern: UInt32(value))
    }

    @inlinable public mutating func readString() -> String? {
        guard let count = readVarint(), UInt64(bytes.count - offset) >= count else { return nil }
        let text = bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<(offset + Int(count))]), as: UTF8.self)
        }
        offset += Int(count)
        return text
    }

    /// A count, then that many elements read by `element`; `nil` when any of them is.
    @inlinable public mutating func readArray<T>(_ element: (inout BinaryReader) -> T?) -> [T]? {
        // Each element takes at least one byte, which bounds a damaged count.
        guard let count = readVarint(), count <= UInt64(bytes.count - offset) else { return nil }
        var values: [T] = []
        values.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let value = element(&self) else { return nil }
            values.append(value)
        }
        return values
    }

    /// Moves past a string as `readString` would read it; false where it would return nil.
    @inlinable public mutating func skipString() -> Bool {
        guard let count = readVarint(), UInt64(bytes.count - offset) >= count else { return false }
        offset += Int(count)
        return true
    }

    /// Moves past what `readArray` would read, each element by `element` (false where
    /// `readArray`'s element reader would return nil), without building the array.
    @inlinable public mutating func skipArray(_ element: (inout BinaryReader) -> Bool) -> Bool {
        guard let count = readVarint(), count <= UInt64(bytes.count - offset) else { return false }
        for _ in 0..<count {
            guard element(&self) else { return false }
        }
        return true
    }

    /// Where the next read starts, from the start of the bytes.
    @inlinable public var position: Int { offset }

    @inlinable public mutating func readIntegers<T: FixedWidthInteger>(_: T.Type = T.self) -> [T]? {
        readArray { $0.read(T.self) }
    }

    @inlinable public mutating func readVarints() -> [Int32]? {
        readArray { $0.readVarintInt32() }
    }
}
