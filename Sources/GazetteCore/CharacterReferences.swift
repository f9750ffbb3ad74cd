/// Decoding of HTML character references: numeric ones and the few named ones that appear in
/// URLs, ids and metadata a page escaped twice (`O&amp;#039;Donnell`). A reference that does not
/// decode stays as written.
public enum CharacterReferences {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    ]

    public static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(12).firstIndex(of: ";"),
                  let decoded = character(String(rest[afterAmpersand..<semicolon])) else {
                output += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            output += decoded
            rest = rest[rest.index(after: semicolon)...]
        }
        return output + rest
    }

    private static func character(_ name: String) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        return named[name]
    }
}
