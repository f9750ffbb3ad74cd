/// Turns the content elements into text blocks in reading order: paragraphs, headings, list
/// items, quotes and preformatted text. Link-heavy containers inside the content (link lists,
/// tag clouds) are skipped, as readability's conditional cleaning does.
struct HTMLBlockWriter {
    /// A block with how much of it was link text, for the boilerplate filter.
    struct Candidate {
        var block: HTMLBlock
        var linkDensity: Double
    }

    private(set) var candidates: [Candidate] = []
    private var buffer = ""
    private var bufferLength = 0
    private var bufferLinkLength = 0

    init(content: [HTMLNode]) {
        for node in content {
            if node.isText {
                add(node.text, inLink: false)
            } else if ["h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "br", "a"].contains(node.tag) {
                element(node, kind: .paragraph, inLink: false)
            } else {
                walk(node, kind: .paragraph, inLink: false)
            }
            flush(kind: .paragraph)
        }
    }

    private mutating func walk(_ node: HTMLNode, kind: HTMLBlock.Kind, inLink: Bool) {
        for child in node.children {
            if child.isText { add(child.text, inLink: inLink) } else { element(child, kind: kind, inLink: inLink) }
        }
    }

    private mutating func element(_ node: HTMLNode, kind: HTMLBlock.Kind, inLink: Bool) {
        switch node.tag {
        case "br":
            flush(kind: kind)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush(kind: kind)
            let level = Int(node.tag.dropFirst()) ?? 2
            walk(node, kind: .heading(level: level), inLink: inLink)
            flush(kind: .heading(level: level))
        case "li", "dt", "dd":
            flush(kind: kind)
            if isLinkList(node) { return }
            let itemKind: HTMLBlock.Kind = kind == .quote ? .quote : .listItem
            walk(node, kind: itemKind, inLink: inLink)
            flush(kind: itemKind)
        case "blockquote":
            flush(kind: kind)
            walk(node, kind: .quote, inLink: inLink)
            flush(kind: .quote)
        case "pre":
            flush(kind: kind)
            let text = node.textContent.trimmingCharacters(in: .newlines)
            if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                candidates.append(Candidate(block: HTMLBlock(kind: .preformatted, text: text), linkDensity: node.linkDensity))
            }
        case "a":
            walk(node, kind: kind, inLink: true)
        default:
            if HTMLContentFinder.blockTags.contains(node.tag) {
                flush(kind: kind)
                if isLinkList(node) { return }
                walk(node, kind: kind, inLink: inLink)
                flush(kind: kind)
            } else {
                walk(node, kind: kind, inLink: inLink)
            }
        }
    }

    /// Containers and items made mostly of links, with little prose: navigation left in the content.
    private func isLinkList(_ node: HTMLNode) -> Bool {
        guard node.commas < 10, node.textLength > 0 else { return false }
        let density = node.linkDensity
        if density > 0.5 { return true }
        switch node.tag {
        case "ul", "ol", "dl", "div", "section", "table":
            return density > 0.33 && HTMLClassCues.weight(of: node) < 25
        default:
            return false
        }
    }

    private mutating func add(_ text: String, inLink: Bool) {
        buffer += text
        var length = 0
        for scalar in text.unicodeScalars where !scalar.isSpace { length += 1 }
        bufferLength += length
        if inLink { bufferLinkLength += length }
    }

    private mutating func flush(kind: HTMLBlock.Kind) {
        defer { buffer = ""; bufferLength = 0; bufferLinkLength = 0 }
        guard bufferLength > 0 else { return }
        let text = buffer.foldingWhitespace
        guard !text.isEmpty else { return }
        let density = Double(bufferLinkLength) / Double(bufferLength)
        candidates.append(Candidate(block: HTMLBlock(kind: kind, text: text), linkDensity: density))
    }
}
