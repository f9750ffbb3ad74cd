/// A JSON value whose objects keep their keys in the order given, so that output is stable and
/// reads in a sensible order (`path` first). Serialises compactly on one line.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized == rhs.serialized }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized) }

    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// Compact JSON text. Non-ASCII characters are written as they are (UTF-8); control
    /// characters, quotes and backslashes are escaped, and so are `<`, `>` and `&`, so the
    /// text is also safe inside an HTML `<script>` element.
    public var serialized: String {
        var out: [UInt8] = []
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the compact JSON text's UTF-8 bytes to `out` (bytes, not a `String`: appending
    /// many short strings cost more than the escaping itself).
    public func write(to out: inout [UInt8]) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .int(let value): out += String(value).utf8
        case .double(let value):
            out += (value.isFinite ? String(format4: value) : "null").utf8
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let values):
            out.append(0x5B)
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(0x2C) }
                value.write(to: &out)
            }
            out.append(0x5D)
        case .object(let pairs):
            out.append(0x7B)
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { out.append(0x2C) }
                JSONValue.writeString(key, to: &out)
                out.append(0x3A)
                value.write(to: &out)
            }
            out.append(0x7D)
        }
    }

    /// Bytes that may need an escape (`writeString` decides): controls, `"`, `\`, `<`, `>`, `&`,
    /// and the first byte of U+2028 and U+2029.
    private static let mayEscape: [Bool] = (0..<256).map { byte in
        byte < 0x20 || [0x22, 0x5C, 0x3C, 0x3E, 0x26, 0xE2].contains(byte)
    }

    /// Writes `value` quoted and escaped: runs that need no escape are copied whole.
    private static func writeString(_ value: String, to out: inout [UInt8]) {
        out.append(0x22)
        var value = value
        mayEscape.withUnsafeBufferPointer { mayEscape in
            value.withUTF8 { bytes in
                var runStart = 0, index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    // Most bytes need nothing: one table look-up each.
                    guard mayEscape[Int(byte)] else {
                        index += 1
                        continue
                    }
                    let escape: String
                    var width = 1
                    switch byte {
                    case 0x22: escape = "\\\""
                    case 0x5C: escape = "\\\\"
                    case 0x0A: escape = "\\n"
                    case 0x0D: escape = "\\r"
                    case 0x09: escape = "\\t"
                    case 0x3C: escape = "\\u003c"
                    case 0x3E: escape = "\\u003e"
                    case 0x26: escape = "\\u0026"
                    case let byte where byte < 0x20:
                        escape = "\\u" + String(repeating: "0", count: byte < 0x10 ? 3 : 2) + String(byte, radix: 16)
                    // U+2028 and U+2029 end lines in older JavaScript.
                    case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8:
                        escape = "\\u2028"
                        width = 3
                    case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9:
                        escape = "\\u2029"
                        width = 3
                    default:
                        index += 1
                        continue
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    out += escape.utf8
                    index += width
                    runStart = index
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            }
        }
        out.append(0x22)
    }
}

extension String {
    /// A double with at most four decimals and no trailing zeros (`0.25`, `1`), locale-free.
    init(format4 value: Double) {
        let scaled = (value * 10_000).rounded()
        let negative = scaled < 0
        let magnitude = Int(abs(scaled))
        var text = String(magnitude / 10_000)
        var fraction = String(magnitude % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if !fraction.isEmpty { text += "." + fraction }
        self = (negative && magnitude != 0 ? "-" : "") + text
    }
}
