import Foundation
import GazetteCore

/// A file as read: its kind, path, and text (or bytes for HTML) or the error that refused it.
struct LoadedFile: Sendable {
    enum Content: Sendable {
        case text(SourceText)
        case bytes(Data, warnings: [Diagnostic])
        case rejected(Diagnostic)
    }

    var path: String
    var kind: InputKind
    var content: Content
}

extension SourceReader {
    /// Reads a file for its kind: HTML stays bytes (the extractor honours its charset).
    static func load(_ file: InputFile, maxBytes: Int) -> LoadedFile {
        let kind = InputKind(url: file.url) ?? .text
        guard kind == .html else {
            switch read(file, maxBytes: maxBytes) {
            case .text(let source): return LoadedFile(path: file.path, kind: kind, content: .text(source))
            case .rejected(let diagnostic): return LoadedFile(path: file.path, kind: kind, content: .rejected(diagnostic))
            }
        }
        return LoadedFile(path: file.path, kind: kind, content: readBytes(file, maxBytes: maxBytes))
    }

    private static func readBytes(_ file: InputFile, maxBytes: Int) -> LoadedFile.Content {
        let limit = max(maxBytes, 1)
        do {
            let handle = try FileHandle(forReadingFrom: file.url)
            defer { try? handle.close() }
            var data = try handle.read(upToCount: limit + 1) ?? Data()
            if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
                return .rejected(.error(file.path, IngestMessage.emptyFile))
            }
            guard data.count > limit else { return .bytes(data, warnings: []) }
            data = data.prefix(limit)
            return .bytes(data, warnings: [.warning(file.path, IngestMessage.truncated(limit: limit, kept: data.count))])
        } catch {
            return .rejected(.error(file.path, IngestMessage.unreadable("I/O error")))
        }
    }
}

/// Parses a loaded file by its kind.
struct FileParser: Sendable {
    var corpus: CorpusStatistics

    /// What the file's content makes, without the warnings of reading it.
    func parseContent(_ file: LoadedFile) -> FileOutcome {
        switch file.content {
        case .rejected(let diagnostic):
            .skipped(diagnostic)
        case .bytes(let data, _):
            HTMLArticleBuilder.build(HTMLExtractor.extract(data), path: file.path)
        case .text(let source):
            file.kind == .markdown
                ? MarkdownArticleParser.parse(source.text, path: file.path)
                : TextArticleParser(corpus: corpus).parse(source.text, path: file.path)
        }
    }

    /// `outcome` with the warnings of reading `file` (truncated, repaired) before its own.
    func withReadWarnings(_ outcome: FileOutcome, of file: LoadedFile) -> FileOutcome {
        var outcome = outcome
        switch file.content {
        case .bytes(_, let warnings): outcome.diagnostics = warnings + outcome.diagnostics
        case .text(let source): outcome.diagnostics = source.warnings + outcome.diagnostics
        case .rejected: break
        }
        return outcome
    }
}
