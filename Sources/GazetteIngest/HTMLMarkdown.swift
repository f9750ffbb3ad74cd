import GazetteMarkdown

/// Writes extracted HTML blocks as Markdown in which all text is literal.
enum HTMLMarkdown {
    static func render(_ blocks: [HTMLBlock]) -> String {
        var out = ""
        var previousWasListItem = false
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            let isListItem = block.kind == .listItem
            if !out.isEmpty { out += isListItem && previousWasListItem ? "\n" : "\n\n" }
            previousWasListItem = isListItem
            if case .tableCell(let table, _, _) = block.kind {
                var end = index + 1
                while end < blocks.count, case .tableCell(table, _, _) = blocks[end].kind { end += 1 }
                out += Self.table(blocks[index..<end])
                index = end
                continue
            }
            out += line(for: block)
            index += 1
        }
        return out
    }

    /// A GitHub table of the cells of one data table, its first row the header; a cell the
    /// boilerplate filter dropped stays empty. A table left with one row is one paragraph per cell.
    private static func table(_ cells: ArraySlice<HTMLBlock>) -> String {
        var placed: [(row: Int, column: Int, text: String)] = []
        for cell in cells { if case .tableCell(_, let row, let column) = cell.kind { placed.append((row, column, cell.text)) } }
        let rows = Array(Set(placed.map(\.row))).sorted()
        guard rows.count > 1 else { return cells.map { MarkdownEscaper.escape($0.text) }.joined(separator: "\n\n") }
        let width = (placed.map(\.column).max() ?? 0) + 1
        var grid = Array(repeating: Array(repeating: "", count: width), count: rows.count)
        let rowIndex = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0) })
        for cell in placed { grid[rowIndex[cell.row]!][cell.column] = MarkdownEscaper.escape(cell.text) }
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        return ([line(grid[0]), line(Array(repeating: "---", count: width))] + grid.dropFirst().map(line)).joined(separator: "\n")
    }

    private static func line(for block: HTMLBlock) -> String {
        switch block.kind {
        case .paragraph: return MarkdownEscaper.escape(block.text)
        case .heading(let level): return String(repeating: "#", count: min(max(level, 2), 4)) + " " + MarkdownEscaper.escape(block.text)
        case .listItem: return "- " + MarkdownEscaper.escape(block.text)
        case .quote: return "> " + MarkdownEscaper.escape(block.text)
        case .preformatted: return fenced(block.text)
        case .tableCell: return MarkdownEscaper.escape(block.text)
        }
    }

    /// A fenced code block whose fence is longer than any run of backticks in the text.
    private static func fenced(_ text: String) -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + "\n" + text + "\n" + fence
    }
}
