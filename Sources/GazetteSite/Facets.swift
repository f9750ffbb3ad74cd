import GazetteCore

/// The people and publications stories come from, each with a page listing its stories, as
/// news sites have author pages and Hugo sites an authors taxonomy: an author is a name in a
/// byline ("Ann Writer and Bo Yu" names two), a source is an article's `source`.
public struct Facet: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case author
        case source
    }

    public var kind: Kind
    /// As most stories spell it (ties: the newest story's).
    public var name: String
    /// Unique among the facets of its kind.
    public var slug: String
    /// Its stories in site order (newest first), duplicates left out.
    public var stories: [Int]
}

/// The facets of one kind, and each name's facet.
struct FacetIndex: Sendable {
    /// Sorted by name, ignoring case, then slug.
    let facets: [Facet]
    private let byKey: [String: Int]

    /// - Parameters:
    ///   - stories: the site's stories in order, each with the names it carries.
    init(kind: Facet.Kind, stories: [(index: Int, names: [String])]) {
        var members: [String: [Int]] = [:]
        // Per name: its spellings in the order first met, with their counts.
        var spellings: [String: [(spelling: String, count: Int)]] = [:]
        var order: [String] = []
        for (index, names) in stories {
            for name in names {
                let key = Self.key(name)
                if members[key] == nil { order.append(key) }
                members[key, default: []].append(index)
                if let found = spellings[key]?.firstIndex(where: { $0.spelling == name }) {
                    spellings[key]![found].count += 1
                } else {
                    spellings[key, default: []].append((name, 1))
                }
            }
        }
        // The commonest spelling; ties go to the one met first (the newest story's).
        let named = order.map { key -> (key: String, name: String) in
            let forms = spellings[key]!
            let best = forms.map(\.count).max()!
            return (key, forms.first { $0.count == best }!.spelling)
        }
        var slugs = SlugAllocator()
        let sorted = named.sorted { ($0.name.lowercased(), $0.name, $0.key) < ($1.name.lowercased(), $1.name, $1.key) }
        facets = sorted.map { Facet(kind: kind, name: $0.name, slug: slugs.allocate($0.name), stories: members[$0.key]!) }
        byKey = Dictionary(uniqueKeysWithValues: sorted.indices.map { (sorted[$0].key, $0) })
    }

    /// The position in `facets` of `name`'s facet, if some story carries it.
    func position(named name: String) -> Int? {
        byKey[Self.key(name)]
    }

    /// Names match ignoring case and runs of white space.
    static func key(_ name: String) -> String {
        let lower = name.lowercased()
        // Most names are ASCII words with single spaces: nothing to fold.
        var previousSpace = true
        let plain = lower.utf8.allSatisfy { byte in
            defer { previousSpace = byte == 0x20 }
            return byte < 0x80 && byte > 0x20 || byte == 0x20 && !previousSpace
        }
        if plain, !previousSpace { return lower }
        return lower.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The names a byline holds: split at `;`, `,`, " and " and " & "; a part that is only a
    /// suffix ("Jr.", "PhD") stays with the name before it; each name once.
    static func authors(in byline: String) -> [String] {
        // One name, the usual case: no separator to split at.
        if !byline.utf8.contains(where: { $0 == 0x2C || $0 == 0x3B || $0 == 0x26 }), !byline.contains(" and "), !byline.contains(" And ") {
            let name = byline.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return name.isEmpty || name.count > 80 ? [] : [name]
        }
        var text = byline
        for joiner in [" and ", " & ", " And "] { text = text.replacingOccurrences(of: joiner, with: ", ") }
        var names: [String] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let piece = part.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !piece.isEmpty, piece.count <= 80 else { continue }
            if suffixes.contains(piece.lowercased()), let last = names.popLast() {
                names.append(last + ", " + piece)
            } else {
                names.append(piece)
            }
        }
        var seen: Set<String> = []
        return names.filter { seen.insert(key($0)).inserted }
    }

    private static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d."]
}
