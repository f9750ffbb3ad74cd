/// A node of the Swift copy of a parsed page: an element with children, or a run of text.
///
/// The tree is built once from libxml2's DOM (see `HTMLParser`) so that the rest of the
/// extractor is plain Swift. Its depth is capped at `HTMLNode.maxDepth`, so recursive walks
/// over it are safe on hostile markup.
final class HTMLNode {
    /// Deepest element nesting kept; content nested deeper is attached to the element at this depth.
    static let maxDepth = 180

    /// Lower-case tag name, or `""` for a text node.
    let tag: String
    /// The text of a text node (empty for elements).
    let text: String
    /// Attributes worth keeping, names lower-cased.
    let attributes: [String: String]
    private(set) var children: [HTMLNode] = []
    private(set) weak var parent: HTMLNode?

    // Filled in by `HTMLContentFinder` (bottom-up, once per pass).
    /// Characters of text below this node (white space runs counted once).
    var textLength = 0
    /// Of `textLength`, the characters inside links.
    var linkLength = 0
    /// Of `textLength`, the characters in text children and inline (non-block) elements.
    var inlineTextLength = 0
    /// Of `commas`, those in text children and inline elements.
    var inlineCommas = 0
    /// Commas (any script's) below this node.
    var commas = 0
    /// True when some child is a block-level element.
    var hasBlockChild = false
    /// Readability-style content score; nil for elements never scored.
    var score: Double?

    /// Share of the text that is link text (0 when there is no text).
    var linkDensity: Double { textLength == 0 ? 0 : Double(linkLength) / Double(textLength) }

    init(tag: String, attributes: [String: String] = [:]) {
        self.tag = tag
        self.text = ""
        self.attributes = attributes
    }

    init(text: String) {
        self.tag = ""
        self.text = text
        self.attributes = [:]
    }

    var isText: Bool { tag.isEmpty }

    func append(_ child: HTMLNode) {
        child.parent = self
        children.append(child)
    }

    /// Replaces the children with those for which `keep` is true.
    func filterChildren(_ keep: (HTMLNode) -> Bool) {
        children.removeAll { !keep($0) }
    }

    subscript(attribute name: String) -> String? { attributes[name] }

    /// The class and id attributes together, lower-cased, for class-name cues.
    var classAndID: String {
        let value = (attributes["class"] ?? "") + " " + (attributes["id"] ?? "")
        return value.lowercased()
    }

    /// All text below this node, concatenated with no separators added.
    var textContent: String {
        if isText { return text }
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            if child.isText { out += child.text } else { child.appendText(to: &out) }
        }
    }

    /// Every element below this node (not the node itself), in document order.
    func descendants(where match: (HTMLNode) -> Bool) -> [HTMLNode] {
        var found: [HTMLNode] = []
        collect(into: &found, match)
        return found
    }

    private func collect(into found: inout [HTMLNode], _ match: (HTMLNode) -> Bool) {
        for child in children where !child.isText {
            if match(child) { found.append(child) }
            child.collect(into: &found, match)
        }
    }

    /// The first element below this node with the given tag.
    func first(tag name: String) -> HTMLNode? {
        for child in children where !child.isText {
            if child.tag == name { return child }
            if let hit = child.first(tag: name) { return hit }
        }
        return nil
    }

    /// True when this node is `other` or lies below it.
    func isInside(_ other: HTMLNode) -> Bool {
        var node: HTMLNode? = self
        while let current = node {
            if current === other { return true }
            node = current.parent
        }
        return false
    }
}

extension String {
    /// Runs of white space (including non-breaking spaces) folded to one space, ends trimmed.
    var foldingWhitespace: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isSpace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                if scalar.isASCII {
                    bytes.append(UInt8(scalar.value))
                } else {
                    UTF8.encode(scalar) { bytes.append($0) }
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Unicode.Scalar {
    /// Unicode white space (`White_Space`), without the slow general property lookup.
    var isSpace: Bool {
        switch value {
        case 0x20, 0x09...0x0D: return true
        case 0..<0x85: return false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
