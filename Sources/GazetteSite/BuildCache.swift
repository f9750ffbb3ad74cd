import Foundation
import GazetteAnalysis
import GazetteCore
import GazetteIngest

/// Remembers what the last successful build of an output folder read, so that a build with
/// nothing changed stops before reading any article and writes nothing.
///
/// The state lists every input, template and asset file with its size, modification time and a
/// content hash, plus the settings, the Gazette executable and the output's manifest. A file
/// whose size and time are unchanged is taken as unchanged (as git and make do); one whose time
/// moved is hashed again, so touching a file does not force a rebuild, and editing it does.
public struct BuildCache: Sendable {
    /// Where the state of this output folder is kept.
    public let stateFile: URL
    /// Where the per-article text pass, summaries, topic results, related lists and term ids are kept
    /// (`AnalysisCache`), so that a rebuild after an edit works out only what changed.
    public let textsFile: URL
    public let summariesFile: URL
    public let topicsFile: URL
    public let relatedFile: URL
    public let termsFile: URL
    /// Where parsed Markdown and HTML files are kept (`IngestCache`), so that a rebuild parses
    /// only the files that changed.
    public let ingestFile: URL
    /// Fingerprints of the pages the last build wrote (`PageFingerprints`).
    let pagesFile: URL

    /// A cache in `folder` (for example `.gazette-cache/`) for the site written to `output`.
    public init(folder: URL, output: URL) {
        let key = FNV1a.hex(output.standardizedFileURL.path.utf8)
        stateFile = folder.appendingPathComponent("build-\(key).state")
        textsFile = folder.appendingPathComponent("texts-\(key).cache")
        summariesFile = folder.appendingPathComponent("summaries-\(key).cache")
        topicsFile = folder.appendingPathComponent("topics-\(key).cache")
        relatedFile = folder.appendingPathComponent("related-\(key).cache")
        termsFile = folder.appendingPathComponent("terms-\(key).cache")
        ingestFile = folder.appendingPathComponent("ingest-\(key).cache")
        pagesFile = folder.appendingPathComponent("pages-\(key).cache")
    }

    /// The analysis cache, valid only for this Gazette executable.
    public var analysis: AnalysisCache {
        AnalysisCache(textsPath: textsFile.path, summariesPath: summariesFile.path, topicsPath: topicsFile.path,
                      relatedPath: relatedFile.path, termsPath: termsFile.path,
                      version: Self.executableIdentity())
    }

    /// The ingest cache, valid only for this Gazette executable.
    public var ingest: IngestCache {
        IngestCache(path: ingestFile.path, version: Self.executableIdentity())
    }

    /// The state saved by the last successful build, if any.
    public func load() -> BuildState? {
        guard let text = try? String(contentsOf: stateFile, encoding: .utf8) else { return nil }
        return BuildState(serialized: text)
    }

    /// Saves `state`; a cache that cannot be written only costs the next build its shortcut.
    public func save(_ state: BuildState) {
        try? FileManager.default.createDirectory(at: stateFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(state.serialized.utf8).write(to: stateFile, options: .atomic)
    }

    /// Forgets the saved state (before a build that may fail half-way).
    public func clear() {
        try? FileManager.default.removeItem(at: stateFile)
    }

    /// The running executable's size and modification time: a rebuilt Gazette invalidates the cache.
    static func executableIdentity() -> String {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown" }
        return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
}

/// What a build depends on: settings, and every file it reads, each with a content hash.
public struct BuildState: Sendable, Equatable {
    /// A hash of the settings, Gazette's version and executable: anything else that changes the output.
    public var settings: String
    /// Input, template and asset files (with `input/`, `templates/` prefixes), sorted by path.
    public var files: [FileStamp]
    /// The output folder's manifest as the build left it; `nil` when there is none.
    public var manifest: FileStamp?
    /// Articles the build wrote, to report when the next build finds nothing changed.
    public var articles = 0

    public init(settings: String, files: [FileStamp], manifest: FileStamp?) {
        self.settings = settings
        self.files = files
        self.manifest = manifest
    }

    /// Scans the folders a build reads. Hashes are reused from `previous` for files whose size
    /// and modification time did not change.
    public static func scan(
        settings: String, input: URL, templates: URL, output: URL, previous: BuildState?
    ) -> BuildState {
        var known: [String: FileStamp] = [:]
        for stamp in previous?.files ?? [] { known[stamp.path] = stamp }
        var found: [(path: String, absolute: String, info: stat)] = []
        for (prefix, folder) in [("input/", input), ("templates/", templates)] {
            let root = folder.standardizedFileURL.path
            for (relative, info) in FileStamp.walk(root) { found.append((prefix + relative, root + "/" + relative, info)) }
        }
        // Files whose size or time changed are read to be hashed (every file, on a first build).
        let listed = found, previous = known
        var files = Concurrent.map(listed.count) { i in
            FileStamp.make(path: listed[i].path, absolute: listed[i].absolute, info: listed[i].info,
                           previous: previous[listed[i].path])
        }
        files.sort { $0.path < $1.path }
        return BuildState(settings: FNV1a.hex(settings.utf8), files: files, manifest: manifestStamp(of: output))
    }

    /// The stamp of `output`'s manifest, hashed.
    public static func manifestStamp(of output: URL) -> FileStamp? {
        let path = output.standardizedFileURL.path + "/" + OutputFolder.manifestName
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp.make(path: OutputFolder.manifestName, absolute: path, info: info, previous: nil)
    }

    /// Whether a build with this state would give the site `other` was saved for: same settings,
    /// same files with the same contents, and the output still as that build left it.
    public func matches(_ other: BuildState) -> Bool {
        guard settings == other.settings, files.count == other.files.count,
              let mine = manifest, let theirs = other.manifest, mine.isSameFile(as: theirs)
        else { return false }
        return zip(files, other.files).allSatisfy { $0.path == $1.path && $0.size == $1.size && $0.hash == $1.hash }
    }

    var serialized: String {
        var lines = ["gazette-build-state 1", "settings\t" + settings]
        lines.append("articles\t\(articles)")
        if let manifest { lines.append("manifest\t" + manifest.line) }
        lines += files.map { "file\t" + $0.line }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads what `serialized` wrote, by UTF-8 bytes (splitting the 10,000 lines of a large
    /// corpus's state into `Character`s took about 45 ms); `nil` for anything malformed.
    init?(serialized text: String) {
        var text = text
        guard let state = text.withUTF8({ Self.parse($0) }) else { return nil }
        self = state
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> BuildState? {
        var settings: String?
        var files: [FileStamp] = []
        var manifest: FileStamp?
        var articles = 0
        var first = true
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            guard end > start else { continue }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if first {
                guard line.elementsEqual("gazette-build-state 1".utf8) else { return nil }
                first = false
                continue
            }
            guard let tab = line.firstIndex(of: 0x09) else { return nil }
            let value = UnsafeBufferPointer(rebasing: line[(tab + 1)...])
            switch String(decoding: UnsafeBufferPointer(rebasing: line[..<tab]), as: UTF8.self) {
            case "settings": settings = String(decoding: value, as: UTF8.self)
            case "manifest": manifest = FileStamp(line: value)
            case "articles": articles = Int(String(decoding: value, as: UTF8.self)) ?? 0
            case "file":
                guard let stamp = FileStamp(line: value) else { return nil }
                files.append(stamp)
            default: return nil
            }
        }
        guard !first, let settings else { return nil }
        var state = BuildState(settings: settings, files: files, manifest: manifest)
        state.articles = articles
        return state
    }
}

/// One file a build read: its size, modification time (nanoseconds) and FNV-1a hash.
public struct FileStamp: Sendable, Equatable {
    public var path: String
    public var size: Int64
    public var modified: Int64
    public var hash: UInt64

    static func make(path: String, absolute: String, info: stat, previous: FileStamp?) -> FileStamp {
        let size = Int64(info.st_size)
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        if let previous, previous.size == size, previous.modified == modified {
            return FileStamp(path: path, size: size, modified: modified, hash: previous.hash)
        }
        return FileStamp(path: path, size: size, modified: modified, hash: FNV1a.file(absolute) ?? 0)
    }

    var line: String { "\(hash)\t\(size)\t\(modified)\t\(path)" }

    /// Same bytes and same modification time: for the output's manifest, which every build
    /// writes afresh, this tells the file the recorded build wrote from one another build wrote
    /// (say with `--no-cache`) listing the same files.
    func isSameFile(as other: FileStamp) -> Bool {
        hash == other.hash && size == other.size && modified == other.modified
    }

    init(path: String, size: Int64, modified: Int64, hash: UInt64) {
        self.path = path
        self.size = size
        self.modified = modified
        self.hash = hash
    }

    /// Reads `line`'s UTF-8 bytes: hash, size, time and path, separated by tabs.
    init?(line: UnsafeBufferPointer<UInt8>) {
        var numbers: [Int64] = []
        var start = 0
        while numbers.count < 3 {
            guard let tab = line[start...].firstIndex(of: 0x09) else { return nil }
            let field = String(decoding: UnsafeBufferPointer(rebasing: line[start..<tab]), as: UTF8.self)
            // The hash is unsigned; its bits are kept in an `Int64` until it is read.
            guard let number = numbers.isEmpty ? UInt64(field).map({ Int64(bitPattern: $0) }) : Int64(field) else { return nil }
            numbers.append(number)
            start = tab + 1
        }
        self.init(path: String(decoding: UnsafeBufferPointer(rebasing: line[start...]), as: UTF8.self),
                  size: numbers[1], modified: numbers[2], hash: UInt64(bitPattern: numbers[0]))
    }

    /// Regular files below `root` (symbolic links to files included, folders' links not
    /// followed), with their `stat`, as paths relative to `root`.
    static func walk(_ root: String) -> [(String, stat)] {
        var found: [(String, stat)] = []
        DirectoryListing.walk(root) { path, type in
            if type == UInt8(DT_DIR) { return true }
            var info = stat()
            guard stat(root + "/" + path, &info) == 0 else { return false }
            // Some file systems report no type (DT_UNKNOWN); `stat` tells. A link to a folder is
            // not followed (it could loop), a link to a file is.
            let kind = info.st_mode & S_IFMT
            if kind == S_IFREG { found.append((path, info)) }
            return kind == S_IFDIR && type == UInt8(DT_UNKNOWN)
        }
        return found
    }
}

extension FNV1a {
    /// The hash of a file's contents, or `nil` when it cannot be read.
    static func file(_ path: String) -> UInt64? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var value = offsetBasis
        // Filled by `read` before it is hashed: no need to zero it first.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count < 0 { if errno == EINTR { continue } else { return nil } }
            if count == 0 { return value }
            value = hash(UnsafeRawBufferPointer(rebasing: buffer[0..<count]), seed: value)
        }
    }
}
