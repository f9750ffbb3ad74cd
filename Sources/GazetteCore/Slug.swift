import Foundation

/// URL slugs: lower-case ASCII letters, digits and single hyphens, never empty, never a path.
public enum Slug {
    /// The longest slug made, in characters; longer titles are cut at a hyphen.
    public static let maxLength = 80

    /// A slug from free text: accents folded, everything else but letters and digits
    /// becomes a hyphen. Returns `fallback` when nothing usable is left.
    public static func make(_ text: String, fallback: String = "untitled") -> String {
        // Built as ASCII bytes: a String per scalar made slugs a tenth of a rebuild's ingest.
        var out: [UInt8] = []
        var pendingHyphen = false
        func append(_ bytes: some Sequence<UInt8>) {
            if pendingHyphen { out.append(0x2D) }
            pendingHyphen = false
            out += bytes
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x30...0x39, 0x61...0x7A: append(CollectionOfOne(UInt8(value)))
            case 0x41...0x5A: append(CollectionOfOne(UInt8(value) + 0x20))
            case 0x27, 0x2019: append(EmptyCollection())  // apostrophes vanish: "don't" -> "dont"
            default:
                if let ascii = value >= 0xC0 ? fold(scalar) : nil { append(ascii.utf8) } else { pendingHyphen = !out.isEmpty }
            }
        }
        if out.count > maxLength {
            let cut = out.prefix(maxLength)
            out = Array(cut.lastIndex(of: 0x2D).map { cut[..<$0] } ?? cut)
        }
        return out.isEmpty ? fallback : String(decoding: out, as: UTF8.self)
    }

    /// An accented Latin letter folded to its lower-case base letter (é -> e); nil for the rest.
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
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
        if base.utf8.count > Slug.maxLength - 4 {  // ASCII: bytes are characters
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
