import CLibXML2

/// The only bridge to libxml2: parses bytes with its HTML parser and copies the DOM into
/// `HTMLNode`s, leaving out what can never be text (scripts, styles, SVG, templates).
///
/// JSON-LD script bodies are kept aside in `jsonLD`. Every C allocation is freed before
/// `parse` returns. This file does not import Foundation: libxml2's ICU headers clash with
/// Foundation's copy of ICU in one Swift file, so bytes come in as `[UInt8]`.
enum HTMLParser {
    struct Result {
        /// The document element (`html`), or an empty `html` when libxml2 gave nothing.
        var root: HTMLNode
        /// Texts of `<script type="application/ld+json">` elements, in document order.
        var jsonLD: [String]
    }

    /// Elements whose content is never page text and is not copied.
    private static let skipped: Set<String> = [
        "script", "style", "template", "svg", "math", "object", "embed", "canvas", "video", "audio",
        "iframe", "frame", "frameset", "map", "select", "option", "textarea",
    ]

    /// Attributes the extractor reads; the others are not copied.
    private static let keptAttributes: Set<String> = [
        "class", "id", "role", "itemprop", "itemtype", "href", "rel", "name", "property", "content",
        "datetime", "lang", "type", "hidden", "aria-hidden", "style", "http-equiv", "charset", "src",
    ]

    private static let initialise: Void = {
        xmlInitParser()
    }()

    /// True when libxml2 can decode `encoding` (its own decoders or iconv).
    static func knowsEncoding(_ encoding: String) -> Bool {
        _ = initialise
        guard let handler = xmlFindCharEncodingHandler(encoding) else { return false }
        defer { xmlCharEncCloseFunc(handler) }
        return true
    }

    /// Parses `data`, decoded as `encoding` (a name libxml2 knows).
    static func parse(_ data: [UInt8], encoding: String, ignoreDeclaredEncoding: Bool) -> Result {
        _ = initialise
        // Error handlers are per thread in libxml2: silence them for this thread.
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        var options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        options |= Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue)
        if ignoreDeclaredEncoding { options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue) }
        guard !data.isEmpty, data.count < Int(Int32.max) else { return Result(root: HTMLNode(tag: "html"), jsonLD: []) }
        let doc: htmlDocPtr? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: CChar.self)
            return htmlReadMemory(bytes.baseAddress, Int32(bytes.count), nil, encoding, options)
        }
        guard let doc else { return Result(root: HTMLNode(tag: "html"), jsonLD: []) }
        defer { xmlFreeDoc(doc) }
        var jsonLD: [String] = []
        guard let element = xmlDocGetRootElement(doc) else { return Result(root: HTMLNode(tag: "html"), jsonLD: []) }
        let top = HTMLNode(tag: "html", attributes: copyAttributes(of: element))
        copy(childrenOf: element, into: top, jsonLD: &jsonLD)
        return Result(root: top, jsonLD: jsonLD)
    }

    /// Copies the subtree below `element` without recursion (documents may nest deeply).
    private static func copy(childrenOf element: xmlNodePtr, into top: HTMLNode, jsonLD: inout [String]) {
        var xmlAncestors: [xmlNodePtr] = []
        var swiftAncestors: [HTMLNode] = [top]
        var current = element.pointee.children
        while true {
            guard let node = current else {
                guard let up = xmlAncestors.popLast() else { return }
                swiftAncestors.removeLast()
                current = up.pointee.next
                continue
            }
            let parent = swiftAncestors[swiftAncestors.count - 1]
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    parent.append(HTMLNode(text: String(cString: content)))
                }
            case XML_ELEMENT_NODE:
                let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                if name == "script" {
                    let attributes = copyAttributes(of: node)
                    if attributes["type"]?.lowercased().contains("ld+json") == true {
                        jsonLD.append(textOf(node))
                    }
                } else if !name.isEmpty, !skipped.contains(name) {
                    let target: HTMLNode
                    if swiftAncestors.count < HTMLNode.maxDepth {
                        target = HTMLNode(tag: name, attributes: copyAttributes(of: node))
                        parent.append(target)
                    } else {
                        target = parent
                    }
                    if node.pointee.children != nil {
                        xmlAncestors.append(node)
                        swiftAncestors.append(target)
                        current = node.pointee.children
                        continue
                    }
                }
            default:
                break
            }
            current = node.pointee.next
        }
    }

    private static func copyAttributes(of node: xmlNodePtr) -> [String: String] {
        var attributes: [String: String] = [:]
        var property = node.pointee.properties
        while let attribute = property {
            property = attribute.pointee.next
            guard let rawName = attribute.pointee.name else { continue }
            let name = String(cString: rawName).lowercased()
            guard keptAttributes.contains(name) else { continue }
            // Attribute values are lists of text nodes: read them in place, nothing to free.
            var value = ""
            var part = attribute.pointee.children
            while let text = part {
                if let content = text.pointee.content { value += String(cString: content) }
                part = text.pointee.next
            }
            attributes[name] = value
        }
        return attributes
    }

    /// The concatenated text children of a (script) element.
    private static func textOf(_ node: xmlNodePtr) -> String {
        var out = ""
        var child = node.pointee.children
        while let current = child {
            if let content = current.pointee.content { out += String(cString: content) }
            child = current.pointee.next
        }
        return out
    }
}
