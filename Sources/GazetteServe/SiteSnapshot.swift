import Foundation
import GazetteCore
import GazetteSite

/// A whole built site in memory: path → file. Loaded once after each build and swapped in as a
/// unit, so requests never see half a site and never touch the disk.
///
/// Files are kept as built; HTML pages get the reload hook naming `buildID` as they are served
/// (`served(_:)`), so a snapshot that replaces a few pages (a quick preview) renames the build
/// of every page without copying them.
public struct SiteSnapshot: Sendable {
    /// Keys are paths relative to the site root, `/`-separated: `index.html`, `topics/x.xml`.
    public let files: [String: StaticFile]
    /// Names this build in the reload hook; `[0-9a-z-]` only.
    public let buildID: String
    /// Whether served HTML pages get the reload hook.
    public let injectReload: Bool
    /// The identity of each file as read from disk, for the next `load`.
    let identities: [String: FileIdentity]

    public init(files: [String: StaticFile], buildID: String, injectReload: Bool = true) {
        self.init(files: files, buildID: buildID, injectReload: injectReload, identities: [:])
    }

    init(files: [String: StaticFile], buildID: String, injectReload: Bool, identities: [String: FileIdentity]) {
        self.files = files
        self.buildID = buildID
        self.injectReload = injectReload
        self.identities = identities
    }

    /// `file` as it is sent: HTML with the reload hook for this build, when hooks are on.
    func served(_ file: StaticFile) -> StaticFile {
        guard injectReload, file.isHTML else { return file }
        let bytes = ReloadScript.inject(into: Array(file.body.readableBytesView), buildID: buildID)
        return StaticFile(bytes: bytes, contentType: file.contentType, modified: file.modified)
    }

    /// This site with `pages` (path → HTML) replaced, named `buildID`. The replaced pages are
    /// no longer the files on disk, so a later `load` reads them again.
    public func replacing(_ pages: [(path: String, html: String)], buildID: String, modified: Int) -> SiteSnapshot {
        var files = self.files
        var identities = self.identities
        for page in pages {
            files[page.path] = StaticFile(bytes: Array(page.html.utf8), contentType: ContentType.html, modified: modified)
            identities[page.path] = nil
        }
        return SiteSnapshot(files: files, buildID: buildID, injectReload: injectReload, identities: identities)
    }

    /// What a valid request path leads to.
    enum Lookup {
        case file(StaticFile)
        case redirect(String)
        case missing
    }

    /// `/` and `/dir/` serve `index.html`; `/dir` redirects to `/dir/` when that has an index;
    /// `/name` falls back to `name.html`.
    func lookup(key: String, directory: Bool) -> Lookup {
        if key.isEmpty { return files["index.html"].map(Lookup.file) ?? .missing }
        if directory { return files[key + "/index.html"].map(Lookup.file) ?? .missing }
        if let file = files[key] { return .file(file) }
        if files[key + "/index.html"] != nil { return .redirect("/" + key + "/") }
        return files[key + ".html"].map(Lookup.file) ?? .missing
    }

    /// Reads every regular file below `root` into memory; HTML pages get the reload hook as they
    /// are served when `injectReload` is set. Hidden files and folders (the build manifest) are left out;
    /// a symbolic link is followed only when its target lies inside `root`.
    ///
    /// A file whose device, inode, size and modification time are those `previous` read keeps
    /// its bytes from there: a rebuild leaves unchanged pages as they were (or hard-links them),
    /// so after one edit only the few pages written anew are read again.
    public static func load(
        from root: URL, buildID: String, injectReload: Bool = true, previous: SiteSnapshot? = nil
    ) throws -> SiteSnapshot {
        let base = root.resolvingSymlinksInPath().standardizedFileURL.path
        var files: [String: StaticFile] = [:]
        var identities: [String: FileIdentity] = [:]
        var failure: (any Error)?
        DirectoryListing.walk(base, skippingHidden: true) { relative, _ in
            guard failure == nil else { return false }
            let absolute = base + "/" + relative
            var info = stat()
            guard lstat(absolute, &info) == 0 else { return false }
            var target = absolute
            if info.st_mode & S_IFMT == S_IFLNK {
                target = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
                // A linked folder is served under its own (inside) path, so it needs no walk here.
                guard target.hasPrefix(base + "/"), stat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                    return false
                }
            }
            if info.st_mode & S_IFMT == S_IFDIR { return true }
            guard info.st_mode & S_IFMT == S_IFREG else { return false }
            let identity = FileIdentity(info)
            identities[relative] = identity
            if let previous, previous.identities[relative] == identity, let file = previous.files[relative] {
                files[relative] = file
                return false
            }
            do {
                let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: target)))
                let contentType = ContentType.of(path: relative, prefix: bytes)
                files[relative] = StaticFile(bytes: bytes, contentType: contentType, modified: Int(info.st_mtim.tv_sec))
            } catch {
                failure = error
            }
            return false
        }
        if let failure { throw failure }
        return SiteSnapshot(files: files, buildID: buildID, injectReload: injectReload, identities: identities)
    }
}

/// What tells a file on disk apart from its earlier versions without reading it.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var seconds: Int
    var nanoseconds: Int

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        seconds = info.st_mtim.tv_sec
        nanoseconds = info.st_mtim.tv_nsec
    }
}
