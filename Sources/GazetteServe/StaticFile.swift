import GazetteCore
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
        etag = "\"" + FNV1a.hex(bytes) + "\""  // cheap, and plenty to tell versions apart
        self.modified = modified
        lastModified = HTTPDate.format(modified)
    }

    public var isHTML: Bool { contentType.hasPrefix("text/html") }
}
