/// Finds the main content of a page, in the manner of readability: prune what is never
/// content, score paragraph-like elements by text length and commas, credit their ancestors,
/// discount link-heavy candidates, pick the best and add qualifying siblings.
enum HTMLContentFinder {
    /// Elements that are never main text.
    static let droppedTags: Set<String> = [
        "nav", "aside", "footer", "button", "input", "label", "fieldset", "dialog", "menu", "noscript",
        "figure", "picture", "img", "head", "title", "meta", "link", "base", "hr", "address",
    ]

    /// Elements that end a paragraph of text.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "center",
        "details", "summary", "body", "html", "caption",
    ]

    /// Counts text, link text and commas below every node, and notes block children.
    static func measure(_ node: HTMLNode, inLink: Bool = false) {
        node.textLength = 0
        node.linkLength = 0
        node.commas = 0
        node.hasBlockChild = false
        node.score = nil
        let linked = inLink || node.tag == "a"
        for child in node.children {
            if child.isText {
                var length = 0, commas = 0
                for scalar in child.text.unicodeScalars {
                    if !scalar.properties.isWhitespace { length += 1 }
                    if scalar == "," || scalar == "\u{FF0C}" || scalar == "\u{3001}" || scalar == "\u{060C}" { commas += 1 }
                }
                node.textLength += length
                node.commas += commas
                if linked { node.linkLength += length }
            } else {
                measure(child, inLink: linked)
                node.textLength += child.textLength
                node.linkLength += child.linkLength
                node.commas += child.commas
                if blockTags.contains(child.tag) { node.hasBlockChild = true }
            }
        }
    }

    /// Removes elements that cannot be content; with `useClassCues`, also those whose class,
    /// id or role say boilerplate. Needs `measure` first.
    static func prune(_ node: HTMLNode, useClassCues: Bool, insideArticle: Bool = false) {
        node.filterChildren { child in
            if child.isText { return true }
            if droppedTags.contains(child.tag) || isHidden(child) { return false }
            switch child.tag {
            case "header" where !insideArticle && child.first(tag: "h1") == nil:
                return false
            case "form" where child.textLength < 500 || child.linkDensity > 0.5:
                return false
            default:
                break
            }
            if useClassCues, child.tag != "body", HTMLClassCues.isBoilerplate(child) { return false }
            prune(child, useClassCues: useClassCues, insideArticle: insideArticle || child.tag == "article")
            return true
        }
    }

    private static func isHidden(_ node: HTMLNode) -> Bool {
        if node[attribute: "hidden"] != nil { return true }
        guard let style = node[attribute: "style"]?.lowercased().replacingOccurrences(of: " ", with: "") else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// The elements holding the main text, in document order (the best candidate and the
    /// siblings that qualify), or `[]` when nothing scores. Needs `measure` after `prune`.
    static func content(of body: HTMLNode) -> [HTMLNode] {
        var candidates: [HTMLNode] = []
        scoreParagraphs(below: body, candidates: &candidates)
        for candidate in candidates { candidate.score = (candidate.score ?? 0) * (1 - candidate.linkDensity) }
        guard var top = candidates.max(by: { ($0.score ?? 0) < ($1.score ?? 0) }), let topScore = top.score else { return [] }
        // Climb while an ancestor scores better (the text is split over several children).
        var lastScore = topScore
        var parent = top.parent
        while let ancestor = parent, ancestor.tag != "html" {
            guard let score = ancestor.score else { parent = ancestor.parent; continue }
            if score < topScore / 3 { break }
            if score > lastScore { top = ancestor; break }
            lastScore = score
            parent = ancestor.parent
        }
        guard let container = top.parent else { return [top] }
        let bestScore = top.score ?? topScore
        let threshold = max(10, bestScore * 0.2)
        let topClass = top[attribute: "class"]
        return container.children.filter { sibling in
            if sibling === top { return true }
            guard !sibling.isText else { return false }
            var bonus = 0.0
            if let topClass, !topClass.isEmpty, sibling[attribute: "class"] == topClass { bonus = bestScore * 0.2 }
            if let score = sibling.score, score + bonus >= threshold { return true }
            guard sibling.tag == "p" || (sibling.tag == "div" && !sibling.hasBlockChild) else { return false }
            let length = sibling.textLength
            if length > 80 { return sibling.linkDensity < 0.25 }
            return length > 0 && sibling.linkLength == 0 && sibling.textContent.contains(". ")
        }
    }

    private static func scoreParagraphs(below node: HTMLNode, candidates: inout [HTMLNode]) {
        for child in node.children where !child.isText {
            if isParagraphLike(child), child.textLength >= 25 {
                credit(child, candidates: &candidates)
            }
            scoreParagraphs(below: child, candidates: &candidates)
        }
    }

    private static func isParagraphLike(_ node: HTMLNode) -> Bool {
        switch node.tag {
        case "p", "pre", "td", "blockquote": return true
        case "div", "section", "article", "center": return !node.hasBlockChild
        default: return false
        }
    }

    /// Adds a paragraph's score to its five nearest ancestors, decreasing with distance.
    private static func credit(_ paragraph: HTMLNode, candidates: inout [HTMLNode]) {
        let value = 1 + Double(paragraph.commas) + min(Double(paragraph.textLength / 100), 3)
        var ancestor = paragraph.parent
        var level = 0
        while let current = ancestor, level < 5, current.tag != "html" {
            if current.score == nil {
                current.score = initialScore(current)
                candidates.append(current)
            }
            let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
            current.score! += value / divider
            ancestor = current.parent
            level += 1
        }
    }

    private static func initialScore(_ node: HTMLNode) -> Double {
        var score = HTMLClassCues.weight(of: node)
        switch node.tag {
        case "article": score += 10
        case "div", "main": score += 5
        case "pre", "td", "blockquote": score += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
        default: break
        }
        return score
    }
}
