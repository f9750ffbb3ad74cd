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
        var out = ""
        write(to: &out)
        return out
    }

    public func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value):
            out += value.isFinite ? String(format4: value) : "null"
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.write(to: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { out += "," }
                JSONValue.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    /// Writes `value` quoted and escaped.
    private static func writeString(_ value: String, to out: inout String) {
        out += "\""
        out += TextEscaping.escaped(value) { bytes, index in
            switch bytes[index] {
            case 0x22: ("\\\"", 1)
            case 0x5C: ("\\\\", 1)
            case 0x0A: ("\\n", 1)
            case 0x0D: ("\\r", 1)
            case 0x09: ("\\t", 1)
            case 0x3C: ("\\u003c", 1)
            case 0x3E: ("\\u003e", 1)
            case 0x26: ("\\u0026", 1)
            case let byte where byte < 0x20:
                ("\\u" + String(repeating: "0", count: byte < 0x10 ? 3 : 2) + String(byte, radix: 16), 1)
            // U+2028 and U+2029 end lines in older JavaScript.
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8: ("\\u2028", 3)
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9: ("\\u2029", 3)
            default: nil
            }
        } ?? value
        out += "\""
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
