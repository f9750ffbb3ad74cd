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
    private var tables = 0
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
            if node.tag == "table", let rows = Self.dataRows(node) {
                flush(kind: kind)
                if !isLinkList(node) { table(node, rows: rows, inLink: inLink) }
            } else if HTMLContentFinder.blockTags.contains(node.tag) {
                flush(kind: kind)
                if isLinkList(node) { return }
                walk(node, kind: kind, inLink: inLink)
                flush(kind: kind)
            } else {
                walk(node, kind: kind, inLink: inLink)
            }
        }
    }

    /// A data table's caption as a paragraph, then each non-empty cell as a block that knows its row and column.
    private mutating func table(_ node: HTMLNode, rows: [[HTMLNode]], inLink: Bool) {
        for caption in node.children where caption.tag == "caption" {
            walk(caption, kind: .paragraph, inLink: inLink)
            flush(kind: .paragraph)
        }
        for (row, cells) in rows.enumerated() {
            for (column, cell) in cells.enumerated() {
                let text = cell.textContent.foldingWhitespace
                guard !text.isEmpty else { continue }
                let block = HTMLBlock(kind: .tableCell(table: tables, row: row, column: column), text: text)
                candidates.append(Candidate(block: block, linkDensity: cell.linkDensity))
            }
        }
        tables += 1
    }

    /// The rows of a table of data rather than of layout, else nil. A data table has no table
    /// inside it, at least two rows of which one has two cells or more, and every cell a short
    /// run of inline text (no paragraphs, lists or headings), so that each cell fits on one line
    /// of a Markdown table.
    static func dataRows(_ table: HTMLNode) -> [[HTMLNode]]? {
        let rows = rows(of: table)
        guard rows.count >= 2, rows.contains(where: { $0.count >= 2 }),
              rows.allSatisfy({ $0.allSatisfy { $0.textLength <= maximumCellLength && !hasBlocks($0) } }) else { return nil }
        return rows
    }

    static let maximumCellLength = 300

    /// The cells (`td`, `th`) of each row (`tr`) of a table, its own or its `thead`, `tbody`
    /// and `tfoot`'s, in order; rows without cells left out.
    static func rows(of table: HTMLNode) -> [[HTMLNode]] {
        var rows: [HTMLNode] = []
        for child in table.children {
            if child.tag == "tr" { rows.append(child) }
            if ["thead", "tbody", "tfoot"].contains(child.tag) { rows += child.children.filter { $0.tag == "tr" } }
        }
        return rows.map { $0.children.filter { $0.tag == "td" || $0.tag == "th" } }.filter { !$0.isEmpty }
    }

    /// A line break, or a block element holding text (an image's empty paragraph does not count).
    private static func hasBlocks(_ node: HTMLNode) -> Bool {
        node.children.contains { child in
            !child.isText && (child.tag == "br" || (HTMLContentFinder.blockTags.contains(child.tag) && child.textLength > 0)
                || hasBlocks(child))
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
