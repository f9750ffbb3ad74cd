import Foundation

/// Gazette's own templates, for a digest without a templates folder of its own: the templates
/// folder of the clone whose `.build/<configuration>/gazette` runs, or
/// `<prefix>/share/gazette/templates` beside an installed `<prefix>/bin/gazette`.
enum OwnTemplates {
    /// The settings' default templates folder, relative to the working folder.
    static let defaultFolder = "templates"

    /// Where Gazette's own templates may be, seen from the running executable.
    static func candidates() -> [URL] {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return [] }
        let folder = executable.deletingLastPathComponent()
        // `.build/release` is a link to `.build/<triple>/release`: the clone is two or three up.
        return ["../../templates", "../../../templates", "../share/gazette/templates"].map {
            folder.appendingPathComponent($0).standardizedFileURL
        }
    }

    static func hasLayout(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("layout.mustache").path)
    }

    /// Gazette's own templates when `templates` is the default folder and `directory` has no
    /// such folder of templates; otherwise `nil` (and the build reports a missing folder as before).
    static func replacing(_ templates: String, in directory: URL) -> URL? {
        guard templates == defaultFolder, !hasLayout(directory.appendingPathComponent(templates)) else { return nil }
        return candidates().first(where: hasLayout)
    }
}
