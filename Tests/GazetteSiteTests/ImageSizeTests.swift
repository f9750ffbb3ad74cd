import Foundation
import Testing

@testable import GazetteSite

@Suite("Image sizes")
struct ImageSizeTests {
    static func be32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
    static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    static func le24(_ v: Int) -> [UInt8] { le16(v) + [UInt8(v >> 16 & 0xFF)] }

    static let png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + be32(13) + Array("IHDR".utf8) + be32(640) + be32(360) + [8, 2, 0, 0, 0]
    static let gif = Array("GIF89a".utf8) + le16(320) + le16(200) + [0, 0, 0]
    /// APP0 (JFIF), a DHT table, then the baseline frame header (SOF0).
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        + [0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00]
        + [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03] + Array(repeating: 0, count: 9)
    static func riff(_ chunk: String, _ payload: [UInt8]) -> [UInt8] {
        Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBP".utf8) + Array(chunk.utf8) + [0, 0, 0, 0] + payload + Array(repeating: 0, count: 8)
    }

    static let cases: [(String, [UInt8], Int?, Int?)] = [
        ("PNG", png, 640, 360),
        ("GIF", gif, 320, 200),
        ("JPEG after APP0 and DHT", jpeg, 640, 480),
        ("WebP lossy", riff("VP8 ", [0, 0, 0, 0x9D, 0x01, 0x2A] + le16(800) + le16(600)), 800, 600),
        ("WebP lossless", riff("VP8L", [0x2F, 0x3F, 0x40, 0x70, 0x00]), 64, 450),
        ("WebP extended", riff("VP8X", [0, 0, 0, 0] + le24(1919) + le24(1079)), 1920, 1080),
        ("PNG cut short", Array(png.prefix(20)), nil, nil),
        ("PNG of zero width", Array(png.prefix(16)) + be32(0) + be32(10), nil, nil),
        ("JPEG whose image data comes before any frame", [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08] + Array(repeating: 0, count: 20), nil, nil),
        ("JPEG with a broken segment", [0xFF, 0xD8, 0x12, 0x34] + Array(repeating: 0, count: 20), nil, nil),
        ("SVG", Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".utf8), nil, nil),
        ("empty", [], nil, nil),
    ]

    @Test("the pixel size a header declares; anything else gives none", arguments: cases.indices)
    func size(_ index: Int) {
        let (_, bytes, width, height) = Self.cases[index]
        let size = ImageSize.parse(bytes)
        #expect(size?.width == width && size?.height == height, "\(Self.cases[index].0)")
    }
}
