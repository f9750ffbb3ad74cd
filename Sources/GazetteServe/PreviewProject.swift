import Foundation
import GazetteSite

/// Where the site to preview comes from: the settings (read again before every build, so edits
/// to the config take effect) and the folder that their relative paths start from.
public struct PreviewProject: Sendable {
    /// The folder `input` and `templates` of the settings are relative to.
    public var directory: URL
    /// The config file, watched for changes when set.
    public var configFile: URL?
    /// Reads the settings; a thrown error is shown like a failed build.
    public var loadConfig: @Sendable () throws -> SiteConfig

    public init(directory: URL, configFile: URL?, loadConfig: @escaping @Sendable () throws -> SiteConfig) {
        self.directory = directory
        self.configFile = configFile
        self.loadConfig = loadConfig
    }

    /// A project with fixed settings and no config file.
    public init(directory: URL, config: SiteConfig) {
        self.init(directory: directory, configFile: nil) { config }
    }

    func inputDirectory(_ config: SiteConfig) -> URL { resolve(config.input) }
    func templatesDirectory(_ config: SiteConfig) -> URL { resolve(config.templates) }

    /// `path` relative to `directory`, or as it is when absolute.
    func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    }

    /// The folders and files whose changes call for a rebuild.
    func watchedPaths(_ config: SiteConfig) -> [URL] {
        [inputDirectory(config), templatesDirectory(config)] + (configFile.map { [$0] } ?? [])
    }
}
