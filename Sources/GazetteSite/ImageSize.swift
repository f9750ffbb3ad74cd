import Foundation

/// The pixel size a PNG, GIF, JPEG or WebP file declares in its header, so that an `<img>` can
/// carry `width` and `height` and the page does not jump when the picture arrives. Only the
/// header is read (at most `headerLimit` bytes); anything else, or a header that does not parse,
/// gives `nil` and the image is shown without a size.
enum ImageSize {
    /// How far into a file a JPEG's frame header is looked for (EXIF thumbnails come first).
    static let headerLimit = 256 * 1024

    static func read(_ url: URL) -> (width: Int, height: Int)? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: headerLimit) else { return nil }
        return parse(Array(data))
    }

    static func parse(_ b: [UInt8]) -> (width: Int, height: Int)? {
        func be16(_ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
        func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
        func le16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func le24(_ i: Int) -> Int { le16(i) | Int(b[i + 2]) << 16 }
        func starts(_ bytes: [UInt8], at offset: Int = 0) -> Bool {
            b.count >= offset + bytes.count && Array(b[offset..<offset + bytes.count]) == bytes
        }
        let size: (Int, Int)?
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), starts(Array("IHDR".utf8), at: 12), b.count >= 24 {
            size = (be32(16), be32(20))
        } else if starts(Array("GIF8".utf8)), b.count >= 10 {
            size = (le16(6), le16(8))
        } else if starts([0xFF, 0xD8]) {
            size = jpeg(b)
        } else if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8), b.count >= 30 {
            if starts(Array("VP8 ".utf8), at: 12) {
                size = (le16(26) & 0x3FFF, le16(28) & 0x3FFF)
            } else if starts(Array("VP8L".utf8), at: 12), b[20] == 0x2F {
                let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
                size = ((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1)
            } else if starts(Array("VP8X".utf8), at: 12) {
                size = (le24(24) + 1, le24(27) + 1)
            } else {
                size = nil
            }
        } else {
            size = nil
        }
        guard let (width, height) = size, (1...65_535).contains(width), (1...65_535).contains(height) else { return nil }
        return (width, height)
    }

    /// The size in a JPEG's first frame header (SOF0-SOF15 but DHT, JPG and DAC), walking the
    /// segments from the start of the file.
    private static func jpeg(_ b: [UInt8]) -> (Int, Int)? {
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }  // fill byte
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }  // no length
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            guard length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (Int(b[i + 7]) << 8 | Int(b[i + 8]), Int(b[i + 5]) << 8 | Int(b[i + 6]))
            }
            if marker == 0xD9 || marker == 0xDA { return nil }  // end, or image data before any frame header
            i += 2 + length
        }
        return nil
    }
}
