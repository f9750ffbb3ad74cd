/// Finds the main content of a page, in the manner of readability: prune what is never
/// content, score paragraph-like elements by text length and commas, credit their ancestors,
/// discount link-heavy candidates, pick the best and add qualifying siblings.
enum HTMLContentFinder {
    /// Elements that are never main text.
    static let droppedTags: Set<String> = [
        "nav", "aside", "footer", "button", "input", "label", "fieldset", "dialog", "menu",
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
        node.inlineTextLength = 0
        node.inlineCommas = 0
        node.score = nil
        let linked = inLink || node.tag == "a"
        for child in node.children {
            if child.isText {
                var length = 0, commas = 0
                for scalar in child.text.unicodeScalars {
                    if !scalar.isSpace { length += 1 }
                    if scalar == "," || scalar == "\u{FF0C}" || scalar == "\u{3001}" || scalar == "\u{060C}" { commas += 1 }
                }
                node.textLength += length
                node.inlineTextLength += length
                node.inlineCommas += commas
                node.commas += commas
                if linked { node.linkLength += length }
            } else {
                measure(child, inLink: linked)
                node.textLength += child.textLength
                node.linkLength += child.linkLength
                node.commas += child.commas
                if blockTags.contains(child.tag) { node.hasBlockChild = true } else {
                    node.inlineTextLength += child.textLength
                    node.inlineCommas += child.commas
                }
            }
        }
    }

    /// Removes elements that cannot be content; with `useClassCues`, also those whose class,
    /// id or role say boilerplate. Needs `measure` first.
    ///
    /// libxml2 does not let `</nav>` or `</header>` close a `div` left open inside them, so a
    /// page-furniture element can swallow the rest of the page, and wrappers have names like
    /// `content-sidebar-wrap`: an element holding a large share of the page's text with few
    /// links is kept (its own children are still pruned), unless it is a comment section.
    static func prune(_ node: HTMLNode, useClassCues: Bool) {
        prune(node, useClassCues: useClassCues, insideArticle: false, pageLength: max(node.textLength, 1))
    }

    private static func prune(_ node: HTMLNode, useClassCues: Bool, insideArticle: Bool, pageLength: Int) {
        node.filterChildren { child in
            if child.isText { return true }
            if isHidden(child) { return false }
            let swallowed = child.textLength > 1000 && child.textLength * 5 > pageLength * 2 && child.linkDensity < 0.4
            if !swallowed {
                if droppedTags.contains(child.tag) { return false }
                if child.tag == "header", !insideArticle, child.first(tag: "h1") == nil { return false }
                if child.tag == "form", child.textLength < 500 || child.linkDensity > 0.5 { return false }
                if child.tag == "noscript", child.textLength < 200 { return false }
            }
            if useClassCues, child.tag != "body", HTMLClassCues.isBoilerplate(child),
               !swallowed || HTMLClassCues.isComments(child) {
                return false
            }
            prune(child, useClassCues: useClassCues, insideArticle: insideArticle || child.tag == "article", pageLength: pageLength)
            return true
        }
    }

    /// Only the `hidden` attribute counts: `display: none` is how slideshows and tabs hide
    /// the parts of an article that scripts reveal.
    private static func isHidden(_ node: HTMLNode) -> Bool {
        node[attribute: "hidden"] != nil
    }

    /// The elements holding the main text, in document order (the best candidate and the
    /// siblings that qualify), or `[]` when nothing scores. Needs `measure` after `prune`.
    static func content(of body: HTMLNode) -> [HTMLNode] {
        var candidates: [HTMLNode] = []
        scoreParagraphs(below: body, candidates: &candidates)
        for candidate in candidates { candidate.score = (candidate.score ?? 0) * (1 - candidate.linkDensity) }
        let ranked = candidates.sorted { ($0.score ?? 0) > ($1.score ?? 0) }
        guard var top = ranked.first, let topScore = top.score, topScore > 0 else { return [] }
        // An ancestor holding several of the near-best candidates is the real container
        // (text split over many blocks of similar weight).
        let close = ranked.dropFirst().prefix(5).filter { ($0.score ?? 0) >= topScore * 0.75 }
        if close.count >= 3 {
            var ancestor = top.parent
            while let current = ancestor, current.tag != "body", current.tag != "html" {
                if close.filter({ $0.isInside(current) }).count >= 3 {
                    top = current
                    break
                }
                ancestor = current.parent
            }
        }
        // Climb while an ancestor scores better (the text is split over several children).
        var lastScore = top.score ?? topScore
        var parent = top.parent
        while let ancestor = parent, ancestor.tag != "html", ancestor.tag != "body" {
            guard let score = ancestor.score else { parent = ancestor.parent; continue }
            if score < lastScore / 3 { break }
            if score > lastScore { top = ancestor; break }
            lastScore = score
            parent = ancestor.parent
        }
        // An only child stands for its parent.
        while let ancestor = top.parent, ancestor.tag != "body", ancestor.tag != "html",
              ancestor.children.filter({ !$0.isText || !$0.text.allSatisfy(\.isWhitespace) }).count == 1 {
            top = ancestor
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
            } else if child.hasBlockChild, child.inlineTextLength >= 25 {
                // Text run directly inside a container, as if wrapped in a paragraph.
                credit(child, length: child.inlineTextLength, commas: child.inlineCommas, startingAt: child, candidates: &candidates)
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
        credit(paragraph, length: paragraph.textLength, commas: paragraph.commas, startingAt: paragraph.parent, candidates: &candidates)
    }

    private static func credit(_ paragraph: HTMLNode, length: Int, commas: Int, startingAt start: HTMLNode?, candidates: inout [HTMLNode]) {
        let value = 1 + Double(min(commas, length / 20)) + min(Double(length / 100), 3)
        var ancestor = start
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
