import GazetteCore

/// Resolves links found in a page of the site against the site's files and anchors.
struct LinkResolver {
    /// Paths relative to the site root.
    let files: Set<String>
    /// Page path → the `id`s (and `<a name>`s) it holds.
    let ids: [String: Set<String>]

    /// Nil when `link`, found in `page`, resolves (or leaves the site); otherwise what is wrong.
    func problem(with link: String, in page: String) -> String? {
        let value = link.trimmingSpaces
        if Self.hasScheme(value) || value.hasPrefix("//") { return nil }
        var reference = Substring(value)
        var fragment: Substring?
        if let hash = reference.firstIndex(of: "#") {
            fragment = reference[reference.index(after: hash)...]
            reference = reference[..<hash]
        }
        if let question = reference.firstIndex(of: "?") { reference = reference[..<question] }
        guard let decoded = PercentEncoding.decoded(reference.utf8).flatMap({ String(validating: $0, as: UTF8.self) }) else {
            return "bad percent-encoding"
        }
        let target: String
        if decoded.isEmpty {
            target = page
        } else {
            guard let resolved = Self.resolve(decoded, from: page) else { return "leads outside the site" }
            target = resolved
        }
        let file: String
        if files.contains(target) {
            file = target
        } else if files.contains(Self.join(target, "index.html")) {
            file = Self.join(target, "index.html")
        } else {
            return "no such file \(target.isEmpty ? "/" : target)"
        }
        guard let fragment, !fragment.isEmpty, fragment != "top" else { return nil }
        guard let anchors = ids[file] else { return nil }  // fragments of non-HTML files are not ours to judge
        let name = PercentEncoding.decoded(fragment.utf8).flatMap { String(validating: $0, as: UTF8.self) } ?? String(fragment)
        return anchors.contains(name) ? nil : "no id \"\(name)\" in \(file)"
    }

    /// `reference` resolved against the folder of `page` (or the root when it starts with
    /// `/`); nil when `..` climbs above the root.
    static func resolve(_ reference: String, from page: String) -> String? {
        var segments: [Substring] = reference.hasPrefix("/") ? [] : page.split(separator: "/").dropLast()
        for part in reference.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            case ".", "":
                continue
            default:
                segments.append(part)
            }
        }
        return segments.joined(separator: "/")
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder + "/" + name
    }

    /// `https:`, `mailto:`, `data:`, `javascript:`…: a letter, then letters, digits, `+-.`, `:`.
    static func hasScheme(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":"), let first = value.first, first.isASCII, first.isLetter else { return false }
        return value[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }
}
