import Foundation

/// URL slugs: lower-case ASCII letters, digits and single hyphens, never empty, never a path.
public enum Slug {
    /// The longest slug made, in characters; longer titles are cut at a hyphen.
    public static let maxLength = 80

    /// A slug from free text: accents folded, everything else but letters and digits
    /// becomes a hyphen. Returns `fallback` when nothing usable is left.
    public static func make(_ text: String, fallback: String = "untitled") -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            guard let ascii = fold(scalar) else {
                pendingHyphen = !out.isEmpty
                continue
            }
            if pendingHyphen { out.append("-") }
            pendingHyphen = false
            out.append(ascii)
        }
        if out.count > maxLength {
            let cut = String(out.prefix(maxLength))
            out = cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? cut
        }
        return out.isEmpty ? fallback : out
    }

    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return String(scalar)
        case 0x41...0x5A: return String(scalar).lowercased()
        case 0x27, 0x2019: return ""  // apostrophes vanish: "don't" -> "dont"
        default: break
        }
        guard scalar.value >= 0xC0 else { return nil }
        // Fold accented Latin letters to their base letter (é -> e); drop the rest.
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        let base = decomposed.first.map { String($0) } ?? ""
        return base.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) && !base.isEmpty
            ? base.lowercased() : nil
    }
}

/// Hands out unique slugs in call order: the second "x" becomes "x-2", the third "x-3".
public struct SlugAllocator: Sendable {
    private var used: [String: Int] = [:]

    public init(reserved: [String] = []) {
        for slug in reserved { used[slug] = 1 }
    }

    public mutating func allocate(_ wanted: String) -> String {
        // Room for a "-NN" suffix: cut at a hyphen so the slug never ends with one.
        var base = Slug.make(wanted)
        if base.count > Slug.maxLength - 4 {
            let cut = String(base.prefix(Slug.maxLength - 4))
            base = cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? cut
        }
        guard let count = used[base] else {
            used[base] = 1
            return base
        }
        var next = count + 1
        while used["\(base)-\(next)"] != nil { next += 1 }
        used[base] = next
        used["\(base)-\(next)"] = 1
        return "\(base)-\(next)"
    }
}
