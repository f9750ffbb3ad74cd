/// Escaping by UTF-8 bytes, for the JSON and XML writers: runs of bytes that need no escape are
/// copied whole (appending scalar by scalar cost a few percent of a rebuild).
public enum TextEscaping {
    /// `text` with each byte sequence that `replacement` matches replaced, or `nil` when it
    /// matches none. `replacement` gets the bytes and an offset, and returns the text to write
    /// instead and how many bytes it stands for (at least one, ending on a character boundary),
    /// or `nil` to keep the byte.
    public static func escaped(_ text: String, _ replacement: (UnsafeBufferPointer<UInt8>, Int) -> (String, Int)?) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: String?
            var runStart = 0
            var index = 0
            while index < bytes.count {
                guard let (escape, width) = replacement(bytes, index) else {
                    index += 1
                    continue
                }
                if out == nil { out = String(); out!.reserveCapacity(bytes.count + 16) }
                if runStart < index { out! += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self) }
                out! += escape
                index += max(1, width)
                runStart = index
            }
            if out != nil, runStart < bytes.count {
                out! += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
            }
            return out
        }
    }
}
