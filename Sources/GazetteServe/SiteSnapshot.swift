import Foundation

/// A whole built site in memory: path → file. Loaded once after each build and swapped in as a
/// unit, so requests never see half a site and never touch the disk.
public struct SiteSnapshot: Sendable {
    /// Keys are paths relative to the site root, `/`-separated: `index.html`, `topics/x.xml`.
    public let files: [String: StaticFile]
    /// Names this build in the reload hook; `[0-9a-z-]` only.
    public let buildID: String

    public init(files: [String: StaticFile], buildID: String) {
        self.files = files
        self.buildID = buildID
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

    /// Reads every regular file below `root` into memory, adding the reload hook to HTML files
    /// when `injectReload` is set. Hidden files and folders (the build manifest) are left out;
    /// a symbolic link is followed only when its target lies inside `root`.
    public static func load(from root: URL, buildID: String, injectReload: Bool = true) throws -> SiteSnapshot {
        let base = root.resolvingSymlinksInPath().standardizedFileURL.path
        var files: [String: StaticFile] = [:]
        try walk(directory: base, relative: "", base: base) { relative, absolute in
            let data = try Data(contentsOf: URL(fileURLWithPath: absolute))
            var bytes = [UInt8](data)
            let contentType = ContentType.of(path: relative, prefix: bytes)
            if injectReload, contentType == ContentType.html {
                bytes = ReloadScript.inject(into: bytes, buildID: buildID)
            }
            let attributes = try? FileManager.default.attributesOfItem(atPath: absolute)
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? Date().timeIntervalSince1970
            files[relative] = StaticFile(bytes: bytes, contentType: contentType, modified: Int(modified))
        }
        return SiteSnapshot(files: files, buildID: buildID)
    }

    private static func walk(
        directory: String, relative: String, base: String, visit: (String, String) throws -> Void
    ) throws {
        let fileManager = FileManager.default
        for name in try fileManager.contentsOfDirectory(atPath: directory).sorted() where !name.hasPrefix(".") {
            let absolute = directory + "/" + name
            let path = relative.isEmpty ? name : relative + "/" + name
            guard let type = try fileManager.attributesOfItem(atPath: absolute)[.type] as? FileAttributeType else { continue }
            var target = absolute
            if type == .typeSymbolicLink {
                target = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
                guard target.hasPrefix(base + "/") else { continue }
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: target, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                // A linked folder is served under its own (inside) path, so it needs no walk here.
                if type != .typeSymbolicLink { try walk(directory: absolute, relative: path, base: base, visit: visit) }
            } else {
                try visit(path, target)
            }
        }
    }
}
