import GazetteCore
import Yams

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatterSplit: Equatable {
    /// The YAML between the fences; nil when the file has no front matter.
    var yaml: String?
    var body: String
    /// Line number (1-based, in the file) of the first YAML line.
    var yamlFirstLine: Int
}

/// Splits and parses YAML front matter, reporting problems at their place in the file.
enum FrontMatter {
    /// Splits at an opening `---` on the first line and the next `---` or `...` line.
    /// Returns the error diagnostic when the closing fence is missing.
    static func split(_ text: String, path: String) -> Result<FrontMatterSplit, FrontMatterError> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .success(FrontMatterSplit(yaml: nil, body: text, yamlFirstLine: 1))
        }
        for index in 1..<lines.count where ["---", "..."].contains(lines[index].trimmingTrailingSpaces) {
            let yaml = lines[1..<index].joined(separator: "\n")
            let body = lines[(index + 1)...].joined(separator: "\n")
            return .success(FrontMatterSplit(yaml: yaml, body: body, yamlFirstLine: 2))
        }
        return .failure(FrontMatterError(.error(path, line: 1, column: 1, IngestMessage.unclosedFrontMatter)))
    }

    /// Parses the YAML into a mapping node; an empty front matter is an empty mapping.
    static func parse(_ yaml: String, firstLine: Int, path: String) -> Result<Node.Mapping, FrontMatterError> {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return .failure(FrontMatterError(diagnostic(error, firstLine: firstLine, path: path)))
        } catch {
            return .failure(FrontMatterError(.error(path, line: firstLine, column: 1,
                                                    IngestMessage.frontMatterSyntax("unreadable YAML"))))
        }
        guard let node else { return .success(Node.Mapping([])) }
        guard let mapping = node.mapping else {
            let line = (node.mark?.line ?? 1) + firstLine - 1
            return .failure(FrontMatterError(.error(path, line: line, column: node.mark?.column ?? 1,
                                                    IngestMessage.frontMatterNotMapping)))
        }
        return .success(mapping)
    }

    /// A Yams error as a diagnostic, its line moved from the YAML's numbering to the file's.
    private static func diagnostic(_ error: YamlError, firstLine: Int, path: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return .error(path, line: mark.line + firstLine - 1, column: mark.column,
                          IngestMessage.frontMatterSyntax(problem))
        case .reader(let problem, _, _, _):
            return .error(path, line: firstLine, column: 1, IngestMessage.frontMatterSyntax(problem))
        default:
            return .error(path, line: firstLine, column: 1, IngestMessage.frontMatterSyntax("unreadable YAML"))
        }
    }
}

/// A front matter problem that skips the article.
struct FrontMatterError: Error {
    var diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
