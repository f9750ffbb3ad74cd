import Foundation
import GazetteCore

/// A file's text after decoding, with the warnings met on the way.
struct SourceText: Sendable {
    var text: String
    var warnings: [Diagnostic]
}

/// A file read into text, or the error that rejected it.
enum ReadOutcome: Sendable {
    case text(SourceText)
    case rejected(Diagnostic)
}

/// Reads an input file's bytes into text, never trusting them.
///
/// At most `maxBytes` (plus one, to notice the excess) are read, so memory stays bounded.
/// Empty and binary files are refused with an error; a file over the limit is cut at the last
/// paragraph boundary before it (else a line, else a space) with a warning; invalid UTF-8 is
/// decoded with U+FFFD and reported with the line and column of the first bad byte.
/// - Complexity: O(n) in the bytes read.
enum SourceReader {
    static func read(_ file: InputFile, maxBytes: Int) -> ReadOutcome {
        let limit = max(maxBytes, 1)
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: file.url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            return .rejected(.error(file.path, IngestMessage.unreadable(reason(error, path: file.path))))
        }
        return decode(data, path: file.path, maxBytes: limit)
    }

    /// Decodes bytes already in memory (the part of `read` tests can drive directly).
    static func decode(_ data: Data, path: String, maxBytes: Int) -> ReadOutcome {
        var bytes = [UInt8](data)
        var warnings: [Diagnostic] = []
        if bytes.count > maxBytes {
            bytes = ByteTruncator.cut(bytes, limit: maxBytes)
            warnings.append(.warning(path, IngestMessage.truncated(limit: maxBytes, kept: bytes.count)))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let utf16 = UTF16Decoder.decode(bytes) {
            return finish(utf16, path: path, warnings: warnings)
        }
        if BinarySniffer.isBinary(bytes) { return .rejected(.error(path, IngestMessage.binaryFile)) }
        // Valid UTF-8 (the usual case) needs no scan for the place of the first error.
        if let text = String(validating: bytes, as: UTF8.self) {
            return finish(text, path: path, warnings: warnings)
        }
        let check = UTF8Check.scan(bytes)
        if let first = check.firstError {
            warnings.append(.warning(path, line: first.line, column: first.column,
                                     IngestMessage.invalidUTF8(check.errorCount)))
        }
        return finish(String(decoding: bytes, as: UTF8.self), path: path, warnings: warnings)
    }

    private static func finish(_ raw: String, path: String, warnings: [Diagnostic]) -> ReadOutcome {
        let text = TextSanitizer.normalizeNewlines(raw)
        if text.allSatisfy(\.isWhitespace) { return .rejected(.error(path, IngestMessage.emptyFile)) }
        return .text(SourceText(text: text, warnings: warnings))
    }

    private static func reason(_ error: Error, path: String) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError {
            // A listed file that is not there: most likely its name's bytes are not UTF-8, which
            // the listing shows as U+FFFD and no path can spell.
            return path.contains("\u{FFFD}") ? "its name is not valid UTF-8; rename it" : "no such file"
        }
        if nsError.domain == NSPOSIXErrorDomain, nsError.code == Int(EISDIR) { return "is a directory" }
        return "I/O error"
    }
}

/// Cuts an over-long file at a paragraph boundary, never inside a UTF-8 sequence.
enum ByteTruncator {
    static func cut(_ bytes: [UInt8], limit: Int) -> [UInt8] {
        let head = bytes[..<min(limit, bytes.count)]
        let floor = head.count / 2
        if let end = lastBoundary(in: head, floor: floor, pattern: [0x0A, 0x0A])
            ?? lastBoundary(in: head, floor: floor, pattern: [0x0A])
            ?? lastBoundary(in: head, floor: floor, pattern: [0x20]) {
            return Array(head[..<end])
        }
        var end = head.count
        while end > 0, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return Array(head[..<end])
    }

    /// The index where the last `pattern` at or after `floor` starts.
    private static func lastBoundary(in head: ArraySlice<UInt8>, floor: Int, pattern: [UInt8]) -> Int? {
        var i = head.count - pattern.count
        while i >= floor {
            if head[i] == pattern[0], pattern.count == 1 || head[i + 1] == pattern[1] { return i }
            i -= 1
        }
        return nil
    }
}
