import NIOCore

/// One file of the site held in memory, ready to send: bytes, headers and validators.
public struct StaticFile: Sendable {
    public let body: ByteBuffer
    public let contentType: String
    /// A strong validator, quoted: `"1a2b…"` (FNV-1a of the served bytes).
    public let etag: String
    /// Modification time in whole seconds since 1970, and the same as an HTTP date.
    public let modified: Int
    public let lastModified: String

    public init(bytes: [UInt8], contentType: String, modified: Int) {
        body = ByteBuffer(bytes: bytes)
        self.contentType = contentType
        etag = "\"" + Self.fnv1a(bytes) + "\""
        self.modified = modified
        lastModified = HTTPDate.format(modified)
    }

    public var isHTML: Bool { contentType.hasPrefix("text/html") }

    /// 64-bit FNV-1a as 16 hex digits: cheap, and plenty to tell versions of a file apart.
    static func fnv1a(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
