/// Anchors for a body's headings, as Hugo and GitHub make them, so that a reader can link to a
/// section (`story.html#what-happened`): the heading's text lower-cased, letters and digits kept
/// (any script), spaces, hyphens and underscores made single hyphens, everything else dropped;
/// `section` when nothing is left. Each is unique on its page: an id the page's template already
/// uses, or an earlier heading's, gets `-1`, `-2`, … added.
public struct HeadingIDs: Sendable {
    private var taken: Set<String>
    /// Per base, the last suffix given: a body of thousands of equal headings ("Update") then
    /// costs a step per heading, not a search from `-1` each time.
    private var suffixes: [String: Int] = [:]

    /// - Parameter reserved: ids the page holding the body already uses.
    public init(reserved: Set<String> = []) {
        taken = reserved
    }

    /// The id of the next heading, whose plain text is `text`.
    public mutating func next(for text: String) -> String {
        let base = Self.slug(text)
        var id = base
        var suffix = suffixes[base] ?? 0
        if suffix > 0 { id = "\(base)-\(suffix)" }
        while taken.contains(id) {
            suffix += 1
            id = "\(base)-\(suffix)"
        }
        taken.insert(id)
        suffixes[base] = suffix
        return id
    }

    static func slug(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
                if pendingHyphen, !scalars.isEmpty { scalars.append("-") }
                pendingHyphen = false
                scalars.append(scalar)
            } else if properties.isWhitespace || scalar == "-" || scalar == "_" {
                pendingHyphen = true
            }
        }
        return scalars.isEmpty ? "section" : String(scalars)
    }
}
