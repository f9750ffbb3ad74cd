import Foundation
import GazetteCore

/// Extracts the article from a saved web page: metadata and the main text as blocks.
///
/// Steps: work out the charset (`HTMLCharset`), parse with libxml2 (`HTMLParser`), read the
/// metadata (`HTMLMetadataReader`, `HTMLJSONLD`), prune and score the DOM to find the main
/// content (`HTMLContentFinder`), write it as blocks (`HTMLBlockWriter`) and drop leftover
/// boilerplate lines (`HTMLBoilerplate`). When class-name cues leave almost nothing, the
/// content is searched again without them; a long JSON-LD `articleBody` replaces a DOM
/// result that is much shorter than it. Never fails: the worst case is no blocks and a warning.
public enum HTMLExtractor {
    /// Below this many characters of main text, the search is retried without class-name cues.
    static let retryBelow = 250

    public static func extract(_ data: Data) -> HTMLExtraction {
        let charset = prepare(data)
        let parsed = HTMLParser.parse(charset.bytes, encoding: charset.encoding, ignoreDeclaredEncoding: charset.transcoded)
        var extraction = HTMLExtraction(warnings: charset.warnings)
        let jsonLD = HTMLJSONLD(scripts: parsed.jsonLD)
        HTMLMetadataReader(root: parsed.root).apply(jsonLD: jsonLD, to: &extraction)

        var blocks = mainText(of: parsed.root, title: extraction.title, description: extraction.description, useClassCues: true)
        if length(of: blocks) < retryBelow {
            let again = HTMLParser.parse(charset.bytes, encoding: charset.encoding, ignoreDeclaredEncoding: charset.transcoded)
            let retry = mainText(of: again.root, title: extraction.title, description: extraction.description, useClassCues: false)
            if length(of: retry) > length(of: blocks) * 2 { blocks = retry }
        }
        if let body = jsonLD.articleBody, body.count >= 400, length(of: blocks) < body.count / 2 {
            blocks = paragraphs(of: body)
        }
        if blocks.isEmpty { extraction.warnings.append("no main text found") }
        extraction.blocks = blocks
        return extraction
    }

    /// The charset decision, falling back to UTF-8 / windows-1252 for names libxml2 does not know.
    private static func prepare(_ data: Data) -> HTMLCharset {
        var charset = HTMLCharset(data)
        if !charset.transcoded, !HTMLParser.knowsEncoding(charset.encoding) {
            let name = charset.encoding
            charset = HTMLCharset(data, ignoringDeclaration: true)
            charset.warnings.insert("unknown charset \"\(name)\" ignored", at: 0)
        }
        return charset
    }

    private static func mainText(of root: HTMLNode, title: String?, description: String?, useClassCues: Bool) -> [HTMLBlock] {
        let body = root.first(tag: "body") ?? root
        HTMLContentFinder.measure(body)
        HTMLContentFinder.prune(body, useClassCues: useClassCues)
        HTMLContentFinder.measure(body)
        // A page too short to score (one short paragraph) is all content.
        let scored = HTMLContentFinder.content(of: body)
        let content = scored.isEmpty ? [body] : scored
        let writer = HTMLBlockWriter(content: content)
        var blocks = HTMLBoilerplate.filter(writer.candidates, title: title)
        if !blocks.isEmpty, let deck = HTMLStandfirst.find(description: description, in: body, outside: content),
           !blocks.prefix(3).contains(where: { $0.text.hasPrefix(deck.prefix(40)) }) {
            blocks.insert(HTMLBlock(kind: .paragraph, text: deck), at: 0)
        }
        return blocks
    }

    private static func length(of blocks: [HTMLBlock]) -> Int {
        blocks.reduce(0) { $0 + $1.text.count }
    }

    /// JSON-LD article text split at line breaks into paragraphs; markup in it is parsed, never passed on.
    private static func paragraphs(of text: String) -> [HTMLBlock] {
        if text.contains("<") {
            let parsed = HTMLParser.parse(Array(text.utf8), encoding: "UTF-8", ignoreDeclaredEncoding: true)
            let body = parsed.root.first(tag: "body") ?? parsed.root
            HTMLContentFinder.measure(body)
            return HTMLBoilerplate.filter(HTMLBlockWriter(content: [body]).candidates, title: nil)
        }
        return text.split(whereSeparator: \.isNewline)
            .map { String($0).foldingWhitespace }
            .filter { !$0.isEmpty }
            .map { HTMLBlock(kind: .paragraph, text: $0) }
    }
}
