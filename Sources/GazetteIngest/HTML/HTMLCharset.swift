import Foundation

/// Works out how a saved page is encoded and prepares its bytes for the parser.
///
/// Order: byte-order mark, XML declaration, `<meta charset>` / `http-equiv` in the first
/// 32 KB; with none, valid UTF-8 is UTF-8 and anything else windows-1252. UTF-8 and
/// windows-1252 (and its subsets, as browsers treat them) are decoded here, invalid bytes
/// becoming U+FFFD, so the parser always gets valid UTF-8 for them; other declared charsets
/// are handed to libxml2 by name.
struct HTMLCharset {
    /// Bytes for the parser.
    var data: Data
    /// `data` as an array, for the parser.
    var bytes: [UInt8] { [UInt8](data) }
    /// The encoding name to give libxml2.
    var encoding: String
    /// True when `data` was transcoded here, so declarations inside it must be ignored.
    var transcoded: Bool
    /// Problems worth reporting.
    var warnings: [String]

    private static let prescanLimit = 32 * 1024

    init(_ raw: Data, ignoringDeclaration: Bool = false) {
        warnings = []
        let bytes = [UInt8](raw.prefix(4))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            (data, encoding, transcoded) = (Self.utf8(raw.dropFirst(3), warnings: &warnings), "UTF-8", true)
            return
        }
        if bytes.starts(with: [0xFF, 0xFE]) { (data, encoding, transcoded) = (raw, "UTF-16LE", false); return }
        if bytes.starts(with: [0xFE, 0xFF]) { (data, encoding, transcoded) = (raw, "UTF-16BE", false); return }
        let declared = ignoringDeclaration ? nil : Self.declaredCharset(in: raw.prefix(Self.prescanLimit)).map(Self.normalise)
        switch declared {
        case "UTF-8"?:
            (data, encoding, transcoded) = (Self.utf8(raw, warnings: &warnings), "UTF-8", true)
        case "windows-1252"?:
            (data, encoding, transcoded) = (Self.windows1252(raw), "UTF-8", true)
        case let name?:
            (data, encoding, transcoded) = (raw, name, false)
        case nil:
            if String(validatingUTF8Data: raw) != nil {
                (data, encoding, transcoded) = (raw, "UTF-8", true)
            } else {
                warnings.append("no charset declared and the bytes are not UTF-8: read as windows-1252")
                (data, encoding, transcoded) = (Self.windows1252(raw), "UTF-8", true)
            }
        }
    }

    /// Canonical names for the labels pages use; windows-1252 covers latin1 and ASCII as in browsers.
    static func normalise(_ label: String) -> String {
        let name = label.trimmingCharacters(in: .whitespacesAndNewlines.union(["\"", "'"])).lowercased()
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode":
            // A page saved to disk that claims UTF-16 without a BOM is in practice ASCII-compatible.
            return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252",
            "cp1252", "x-cp1252", "iso_8859-1", "ansi_x3.4-1968":
            return "windows-1252"
        default:
            return name
        }
    }

    /// The charset named by a BOM-less page's XML declaration or meta elements.
    static func declaredCharset(in head: Data) -> String? {
        let text = String(decoding: head, as: Unicode.ASCII.self).lowercased()
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
            let declaration = String(text[..<end.lowerBound])
            if let value = Self.value(after: "encoding=", in: declaration) { return value }
        }
        var searchStart = text.startIndex
        while let meta = text.range(of: "<meta", range: searchStart..<text.endIndex) {
            let close = text.range(of: ">", range: meta.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
            let tag = String(text[meta.upperBound..<close])
            if let value = Self.value(after: "charset=", in: tag) { return value }
            searchStart = close
        }
        return nil
    }

    /// The token after `key` (quoted or not) up to a quote, space, `;` or `/`.
    private static func value(after key: String, in text: String) -> String? {
        guard let found = text.range(of: key) else { return nil }
        let rest = text[found.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let token = rest.prefix { !"\"' ;/>".contains($0) }
        return token.isEmpty ? nil : String(token)
    }

    /// Valid UTF-8 unchanged; otherwise decoded with replacement characters and reported.
    private static func utf8(_ raw: Data, warnings: inout [String]) -> Data {
        if String(validatingUTF8Data: raw) != nil { return Data(raw) }
        warnings.append("invalid UTF-8 bytes replaced")
        return Data(String(decoding: raw, as: UTF8.self).utf8)
    }

    /// windows-1252 as browsers decode it (undefined bytes map to C1 controls).
    static func windows1252(_ raw: Data) -> Data {
        var scalars = String.UnicodeScalarView()
        for byte in raw {
            if byte >= 0x80, byte <= 0x9F, let mapped = Self.high[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return Data(String(scalars).utf8)
    }

    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}

extension String {
    /// The string when `data` is entirely valid UTF-8, otherwise nil.
    init?(validatingUTF8Data data: Data) {
        guard let decoded = String(validating: data, as: UTF8.self) else { return nil }
        self = decoded
    }
}
