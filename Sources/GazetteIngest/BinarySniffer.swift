import Foundation

/// Tells text from binary data by its bytes.
///
/// A file is binary when it holds a NUL byte, or when more than 10 % of its first 64 KiB are
/// control characters other than tab, newline, carriage return and form feed, or bytes that
/// cannot be UTF-8 (0xC0, 0xC1, 0xF5-0xFF) or stray continuation bytes.
enum BinarySniffer {
    static let sampleSize = 1 << 16

    static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isBinary($0) }
    }

    static func isBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if ByteSearch.contains(0, in: bytes) { return true }
        let sample = UnsafeBufferPointer(rebasing: bytes.prefix(sampleSize))
        guard !sample.isEmpty else { return false }
        var suspicious = 0
        var continuationsLeft = 0
        for byte in sample {
            // Printable ASCII (most of any text): never suspicious, ends any sequence.
            if byte >= 0x20 && byte < 0x7F {
                continuationsLeft = 0
                continue
            }
            switch byte {
            case 0x09, 0x0A, 0x0C, 0x0D: break
            case 0x01...0x1F, 0x7F, 0xC0, 0xC1, 0xF5...0xFF: suspicious += 1
            case 0x80...0xBF where continuationsLeft == 0: suspicious += 1
            default: break
            }
            if byte >= 0xC2 && byte <= 0xF4 {
                continuationsLeft = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
            } else if byte & 0xC0 == 0x80, continuationsLeft > 0 {
                continuationsLeft -= 1
            } else {
                continuationsLeft = 0
            }
        }
        return suspicious * 10 > sample.count
    }
}

/// Byte searches through `memchr`.
enum ByteSearch {
    static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    static func contains(_ byte: UInt8, in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { contains(byte, in: $0) } ?? text.utf8.contains(byte)
    }
}

/// Decodes UTF-16 text that starts with a byte-order mark; nil for anything else.
enum UTF16Decoder {
    static func decode(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        let bigEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFE, 0xFF): bigEndian = true
        case (0xFF, 0xFE): bigEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let (hi, lo) = bigEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
            units.append(UInt16(hi) << 8 | UInt16(lo))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
