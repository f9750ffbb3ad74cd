import Foundation
import GazetteCore

/// Writes a site next to the output and moves it into place only when the whole build
/// succeeded. It deletes nothing but its own staging folders and files of an output folder that
/// it wrote before (recognised by its manifest).
///
/// Two ways to move the site into place:
/// - **Swap**, for a new output folder (or one holding a symbolic link or other special file):
///   every file goes into a staging folder, which then replaces the output folder. A file whose
///   bytes equal the same file of the site being replaced is hard-linked from it rather than
///   written: on ext4, creating a file costs far more than its bytes (about 0.15 ms to create
///   one and write it against 0.015 ms to link one).
/// - **Patch**, over a site Gazette wrote: only files whose bytes changed go to the staging
///   folder; the commit then deletes the files the new site lacks and renames the staged files
///   over the old ones. Unchanged files are not touched at all, so a rebuild after one edit
///   costs a few renames instead of a link per page and a folder swap. Before it changes
///   anything, the commit replaces the manifest with one listing the old and the new files
///   together: a commit cut short (a crash, a full disk) leaves a site the next build may still
///   replace, and a manifest no cache knows, so the next build trusts none of the old pages.
public struct OutputFolder: Sendable {
    /// Lists every file Gazette wrote; an output folder without it is not Gazette's.
    public static let manifestName = ".gazette-manifest"

    public let destination: URL
    public let staging: URL
    private var written: [String] = []
    private let directories = CreatedDirectories()
    /// The site being replaced, when there is one to reuse files from.
    private let previous: String?
    /// The replaced site's manifest, its text and the files it lists that were there when the
    /// folder was checked, when the site is patched in place.
    private let patched: (text: String, files: Set<String>)?
    /// Patch mode: the files put in the staging folder, to be renamed into place.
    private let staged = StagedFiles()
    /// For tests: a commit that stops with an error after this many renames.
    var interruptAfterMoves: Int?

    /// Whether the build patches the previous site in place (see the type's notes).
    public var patchesInPlace: Bool { patched != nil }

    /// Prepares a staging folder next to `destination`.
    /// - Throws: `GazetteError.output` when `destination` holds files Gazette did not write.
    public init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let owned = try Self.checkOwnership(of: self.destination)
        previous = FileManager.default.fileExists(atPath: self.destination.appendingPathComponent(Self.manifestName).path)
            ? self.destination.path : nil
        patched = previous == nil ? nil : owned
        let parent = self.destination.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.destination.lastPathComponent).gazette-staging-\(getpid())")
        try? FileManager.default.removeItem(at: staging)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw GazetteError.output("cannot create \(staging.path): \(error.localizedDescription)")
        }
    }

    /// Writes `contents` at `path` (relative, `/`-separated) and records it in the manifest.
    public mutating func write(_ contents: String, to path: String) throws {
        try write(Data(contents.utf8), to: path)
    }

    public mutating func write(_ data: Data, to path: String) throws {
        try store(data, at: path)
        record([path])
    }

    /// Writes a file without recording it; safe to call from several threads for different
    /// paths. Call `record` with the paths afterwards.
    /// - Throws: `GazetteError.output` for a path that would leave the folder, or a failed write.
    public func store(_ data: Data, at path: String) throws {
        try prepare(path)
        guard patched != nil, let previous else {
            try FileWriter.save(data, to: staging.path + "/" + path, name: path, reusing: previous.map { $0 + "/" + path })
            return
        }
        if FileWriter.holds(previous + "/" + path, data) {
            // Unchanged: nothing to move (and a copy staged by an earlier write of the path goes).
            if staged.remove(path) { unlink(staging.path + "/" + path) }
            return
        }
        try FileWriter.save(data, to: staging.path + "/" + path, name: path)
        staged.insert(path)
    }

    /// Copies the file at `source` (an absolute path) to `path` and records it, as `write` does
    /// with bytes, but a piece at a time: a linked video need not fit in memory.
    public mutating func copy(_ source: String, to path: String) throws {
        try prepare(path)
        let target = staging.path + "/" + path
        if let previous, try FileWriter.sameBytes(previous + "/" + path, source) {
            // Unchanged: patching, it stays where it is; swapping, it is linked into the new folder.
            if patched != nil {
                if staged.remove(path) { unlink(target) }
            } else if link(previous + "/" + path, target) != 0 {
                try FileWriter.copy(source, to: target, name: path)
            }
        } else {
            unlink(target)
            try FileWriter.copy(source, to: target, name: path)
            if patched != nil { staged.insert(path) }
        }
        record([path])
    }

    /// Keeps the site being replaced's file at `path` in the new site, without recording it (as
    /// `store`): patching, it is left where it is; swapping, it is hard-linked into the staging
    /// folder. Safe from several threads for different paths.
    /// - Returns: false when there is no such regular file (symbolic links are never kept).
    func reuse(_ path: String) throws -> Bool {
        guard let previous else { return false }
        if let patched {
            // Patching in place: the file stays where it is, if the old site lists it and it was
            // there, a regular file, when the folder was checked (no `lstat` per page).
            guard Self.isInside(path) else { throw GazetteError.output("refusing to write outside the output folder: \(path)") }
            return patched.files.contains(path) && !staged.contains(path)
        }
        let old = previous + "/" + path
        var info = stat()
        try prepare(path)
        guard lstat(old, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return link(old, staging.path + "/" + path) == 0
    }

    /// Whether `path` is relative, `/`-separated and stays inside the folder.
    /// Checked byte by byte: it runs for every page of every build.
    static func isInside(_ path: String) -> Bool {
        var segment = 0, dots = 0
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "/"):
                // An empty, `.` or `..` segment (a leading `/` is an empty first segment).
                if segment == dots, dots <= 2 { return false }
                segment = 0
                dots = 0
            case UInt8(ascii: "\\"), 0:
                return false
            default:
                segment += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return !(segment == dots && dots <= 2)
    }

    /// Checks that `path` stays inside the folder and creates its parent folder in staging.
    private func prepare(_ path: String) throws {
        guard Self.isInside(path) else {
            throw GazetteError.output("refusing to write outside the output folder: \(path)")
        }
        let parts = path.split(separator: "/")
        if parts.count > 1 {
            let folder = parts.dropLast().joined(separator: "/")
            try directories.ensure(folder) {
                do {
                    try FileManager.default.createDirectory(
                        at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
                } catch {
                    throw GazetteError.output("cannot create \(folder): \(error.localizedDescription)")
                }
            }
        }
    }

    /// Adds written paths to the manifest.
    public mutating func record(_ paths: [String]) {
        written.append(contentsOf: paths)
    }

    /// Writes the manifest and moves the new site into place.
    /// Throws, leaving the previous site in place, when two files were written to one path:
    /// the second would have replaced the first (a topic named "Index" once replaced the topic list).
    public mutating func commit() throws {
        let paths = written.sorted()
        if let clash = zip(paths, paths.dropFirst()).first(where: { $0 == $1 }) {
            throw GazetteError.output("two files of the site were written to \(clash.0); the build stopped before replacing the previous site")
        }
        let manifest = paths.joined(separator: "\n") + "\n"
        if let patched {
            try patch(over: patched, manifest: manifest)
            return
        }
        // Always a new file (never linked from the previous site), so that its modification
        // time tells this build's output from any other build's, even one listing the same files.
        try FileWriter.save(Data(manifest.utf8), to: staging.path + "/" + Self.manifestName, name: Self.manifestName)
        record([Self.manifestName])
        let fileManager = FileManager.default
        let retired = staging.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).gazette-old-\(getpid())")
        do {
            if fileManager.fileExists(atPath: destination.path) {
                try fileManager.moveItem(at: destination, to: retired)
            }
            try fileManager.moveItem(at: staging, to: destination)
        } catch {
            throw GazetteError.output("cannot move the new site into \(destination.path): \(error.localizedDescription)")
        }
        Self.remove(retired)
    }

    /// Patch mode's commit: a manifest of old and new files, deletions, renames, the new manifest.
    private mutating func patch(over old: (text: String, files: Set<String>), manifest: String) throws {
        // What goes and what comes, without a set of the new files (120,000 at 50k articles).
        var gone = old.files
        var added: [String] = []
        for path in written where gone.remove(path) == nil && !old.files.contains(path) { added.append(path) }
        let moves = staged.sorted()
        let root = destination.path
        // The old manifest and the new files; the blank line makes its bytes differ from any
        // finished build's manifest.
        let interim = old.text + (old.text.hasSuffix("\n") ? "" : "\n") + added.map { $0 + "\n" }.joined() + "\n"
        try replaceManifest(with: interim)
        // A manifest is only read, never trusted: a listed path that would leave the folder is skipped.
        for path in gone.sorted() where Self.isInside(path) {
            unlink(root + "/" + path)
            Self.pruneFolders(above: path, in: root)
        }
        var made: Set<String> = []
        for (count, path) in moves.enumerated() {
            if count == interruptAfterMoves { throw GazetteError.output("commit interrupted (test)") }
            let parts = path.split(separator: "/")
            if parts.count > 1 {
                let folder = parts.dropLast().joined(separator: "/")
                if made.insert(folder).inserted {
                    do {
                        try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
                    } catch {
                        throw GazetteError.output("cannot create \(root)/\(folder): \(error.localizedDescription)")
                    }
                }
            }
            guard rename(staging.path + "/" + path, root + "/" + path) == 0 else {
                throw GazetteError.output("cannot move \(path) into \(root): \(String(cString: strerror(errno)))")
            }
        }
        try replaceManifest(with: manifest)
        record([Self.manifestName])
        Self.remove(staging)
    }

    /// Writes `text` as the output's manifest: a new file renamed over the old one.
    private func replaceManifest(with text: String) throws {
        let fresh = staging.path + "/" + Self.manifestName
        unlink(fresh)
        try FileWriter.save(Data(text.utf8), to: fresh, name: Self.manifestName)
        guard rename(fresh, destination.path + "/" + Self.manifestName) == 0 else {
            throw GazetteError.output("cannot write \(destination.path)/\(Self.manifestName): \(String(cString: strerror(errno)))")
        }
    }

    /// Removes the folders above `path` that its deletion left empty (`rmdir` refuses the others).
    private static func pruneFolders(above path: String, in root: String) {
        var parts = path.split(separator: "/").dropLast()
        while !parts.isEmpty, rmdir(root + "/" + parts.joined(separator: "/")) == 0 {
            parts = parts.dropLast()
        }
    }

    /// Deletes `folder` and everything in it, its top-level entries on all cores (a site's few
    /// folders hold thousands of files each, and unlinking them is the kernel's work).
    static func remove(_ folder: URL) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        DispatchQueue.concurrentPerform(iterations: entries.count) { k in
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(entries[k]))
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Removes the staging folder after a failed build; the previous site is untouched.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// An output folder may be replaced when it is missing, empty, or holds only files its
    /// manifest lists (plus folders).
    /// - Returns: the manifest's text and the files it lists, when the folder holds nothing but
    ///   regular files and folders (so it may be patched in place), with the listed files found
    ///   there; otherwise `nil`.
    static func checkOwnership(of destination: URL) throws -> (text: String, files: Set<String>)? {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: destination.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            throw GazetteError.output("\(destination.path) is a file, not a folder")
        }
        let contents = (try? fileManager.contentsOfDirectory(atPath: destination.path)) ?? []
        if contents.isEmpty { return nil }
        let manifestURL = destination.appendingPathComponent(manifestName)
        guard let manifest = try? String(contentsOf: manifestURL, encoding: .utf8) else {
            throw GazetteError.output("\(destination.path) holds files Gazette did not write (no \(manifestName)); choose another --output or empty it")
        }
        // Split on the newline byte: splitting `Character`s took a tenth of a second for 120,000 paths.
        let listed = Set(manifest.utf8.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) })
        let known = listed.union([manifestName])
        var plain = true
        var present = Set<String>()
        for (file, isRegular) in entries(in: destination) {
            if !isRegular {
                plain = false
            } else if !known.contains(file) {
                throw GazetteError.output("\(destination.path) holds \(file), which Gazette did not write; move it away or choose another --output")
            } else if file != manifestName {
                present.insert(file)
            }
        }
        return plain ? (manifest, present) : nil
    }

    /// Paths of the regular files below `folder`, relative to it, sorted. Symbolic links are
    /// never followed, so nothing outside `folder` is listed.
    static func regularFiles(in folder: URL) -> [String] {
        entries(in: folder).filter(\.isRegular).map(\.path).sorted()
    }

    /// Every entry below `folder` but folders, with whether it is a regular file (the others are
    /// symbolic links, sockets and such, never followed).
    private static func entries(in folder: URL) -> [(path: String, isRegular: Bool)] {
        let root = folder.standardizedFileURL.path
        var found: [(path: String, isRegular: Bool)] = []
        DirectoryListing.walk(root) { path, reported in
            guard let type = DirectoryListing.type(reported, of: root + "/" + path) else { return false }
            if type == UInt8(DT_DIR) { return true }
            found.append((path, type == UInt8(DT_REG)))
            return false
        }
        return found
    }
}

/// Folders of the staging area already created, so each is made once however many pages go in it.
private final class CreatedDirectories: @unchecked Sendable {
    private var made: Set<String> = []
    private let lock = NSLock()

    func ensure(_ folder: String, create: () throws -> Void) throws {
        try lock.withLock {
            guard !made.contains(folder) else { return }
            try create()
            made.insert(folder)
        }
    }
}

/// The paths patch mode has staged, from several threads.
private final class StagedFiles: @unchecked Sendable {
    private var paths: Set<String> = []
    private let lock = NSLock()

    func insert(_ path: String) { _ = lock.withLock { paths.insert(path) } }
    func remove(_ path: String) -> Bool { lock.withLock { paths.remove(path) != nil } }
    func contains(_ path: String) -> Bool { lock.withLock { paths.contains(path) } }
    func sorted() -> [String] { lock.withLock { paths.sorted() } }
}

/// Plain POSIX writes: a new file in a private staging folder needs neither Foundation's
/// atomic-rename dance nor a sync, and `open`/`write`/`close` cost a fraction of `Data.write`.
enum FileWriter {
    /// - Parameter reusing: a file to hard-link instead, when it is a regular file (not a link)
    ///   holding exactly `data`.
    static func save(_ data: Data, to path: String, name: String, reusing old: String? = nil) throws {
        if let old {
            if holds(old, data), link(old, path) == 0 { return }
            // A path written twice may be a link into the previous site: never write through it.
            unlink(path)
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw GazetteError.output("cannot write \(name): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw GazetteError.output("cannot write \(name): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }

    /// The size of the pieces `copy` and `sameBytes` read.
    private static let piece = 1 << 20

    /// Copies the file at `source` to a new file at `path`, a piece at a time.
    static func copy(_ source: String, to path: String, name: String) throws {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw GazetteError.input("cannot read \(source): \(String(cString: strerror(errno)))") }
        defer { close(input) }
        let output = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw GazetteError.output("cannot write \(name): \(String(cString: strerror(errno)))") }
        defer { close(output) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: piece, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(input, buffer.baseAddress!, piece)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw GazetteError.input("cannot read \(source): \(String(cString: strerror(errno)))") }
            guard count > 0 else { return }
            var offset = 0
            while offset < count {
                let written = write(output, buffer.baseAddress! + offset, count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw GazetteError.output("cannot write \(name): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }

    /// Whether `path` is a regular file (not a symbolic link) with the bytes of the file at
    /// `source`, compared a piece at a time; throws when `source` cannot be read.
    static func sameBytes(_ path: String, _ source: String) throws -> Bool {
        let old = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard old >= 0 else { return false }
        defer { close(old) }
        let new = open(source, O_RDONLY | O_CLOEXEC)
        guard new >= 0 else { throw GazetteError.input("cannot read \(source): \(String(cString: strerror(errno)))") }
        defer { close(new) }
        var oldInfo = stat(), newInfo = stat()
        guard fstat(old, &oldInfo) == 0, fstat(new, &newInfo) == 0, (oldInfo.st_mode & S_IFMT) == S_IFREG,
              oldInfo.st_size == newInfo.st_size else { return false }
        let buffers = (UnsafeMutableRawBufferPointer.allocate(byteCount: piece, alignment: 16),
                       UnsafeMutableRawBufferPointer.allocate(byteCount: piece, alignment: 16))
        defer {
            buffers.0.deallocate()
            buffers.1.deallocate()
        }
        func fill(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, _ wanted: Int) -> Bool {
            var filled = 0
            while filled < wanted {
                let count = read(fd, buffer.baseAddress! + filled, wanted - filled)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                filled += count
            }
            return true
        }
        var left = Int(newInfo.st_size)
        while left > 0 {
            let wanted = min(left, piece)
            guard fill(old, buffers.0, wanted), fill(new, buffers.1, wanted),
                  memcmp(buffers.0.baseAddress!, buffers.1.baseAddress!, wanted) == 0 else { return false }
            left -= wanted
        }
        return true
    }

    /// Whether `path` is a regular file whose bytes are `data` (symbolic links are not followed).
    static func holds(_ path: String, _ data: Data) -> Bool {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size == data.count else { return false }
        guard !data.isEmpty else { return true }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: data.count, alignment: 16)
        defer { buffer.deallocate() }
        var filled = 0
        while filled < data.count {
            let count = read(fd, buffer.baseAddress! + filled, data.count - filled)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            filled += count
        }
        return data.withUnsafeBytes { memcmp($0.baseAddress!, buffer.baseAddress!, data.count) == 0 }
    }
}
