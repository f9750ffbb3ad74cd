import ArgumentParser
import Foundation
import GazetteServe
import GazetteSite

/// `gazette serve`: a local preview that rebuilds on save and reloads open pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it locally and rebuild it whenever its sources change.",
        discussion: """
            The preview is built into a private temporary folder and served from memory; the \
            output folder (site/) is not touched, so --output is ignored. Changes to the input \
            folder, the templates or the config rebuild the site, and open pages reload \
            themselves (a script is added to served pages only). A failed rebuild is shown in \
            the terminal and over the open pages while the last good site stays up. \
            Ctrl-C stops the server.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "Port to listen on (0 picks a free port).")
    var port: Int = 8000

    @Option(help: "Address to listen on. The default serves this machine only; another address exposes the preview to the network.")
    var host: String = "127.0.0.1"

    @Flag(name: .shortAndLong, help: "Log each build step.")
    var verbose = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let settings = try site.resolve()  // a config that cannot be read stops here, as for `build`
        var options = ConfigOverrides(site)
        if let own = OwnTemplates.replacing(settings.templates, in: cwd) {
            Terminal.printError("no templates/ here: using Gazette's own at \(own.path)")
            options.templates = own.path
        }
        let overrides = options
        let project = PreviewProject(
            directory: cwd, configFile: ConfigOverrides.resolve(overrides.configFile, in: cwd)
        ) {
            try overrides.load(relativeTo: cwd)
        }
        if !PreviewServer.isLoopback(host) {
            Terminal.printError("warning: serving on \(host): anyone who can reach this address can read the preview")
        }
        let server = PreviewServer(project: project, host: host, port: port, logger: Log.make(quiet: false, verbose: verbose))
        let host = self.host
        do {
            try await server.run { port in
                let shown = host.contains(":") ? "[\(host)]" : host
                Terminal.printError("serving http://\(shown):\(port)/ (rebuilds on change; Ctrl-C to stop)")
            }
        } catch {
            Terminal.printError("error: cannot serve on \(host):\(port): \(error)")
            throw ExitCode.failure
        }
    }
}

/// The settings `SiteOptions` resolves to, readable again before every rebuild (errors are
/// thrown as `GazetteError` instead of printed, so the preview can show them).
struct ConfigOverrides: Sendable {
    var config: String?
    var input: String?
    var baseURL: String?
    var templates: String?
    var drafts: Bool

    init(_ options: SiteOptions) {
        config = options.config
        input = options.input
        baseURL = options.baseURL
        templates = options.templates
        drafts = options.drafts
    }

    var configFile: String { config ?? "gazette.yml" }

    /// `path` inside `directory`, or as it is when absolute.
    static func resolve(_ path: String, in directory: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    }

    func load(relativeTo directory: URL) throws -> SiteConfig {
        var settings = SiteConfig()
        let file = Self.resolve(configFile, in: directory)
        if config != nil || FileManager.default.fileExists(atPath: file.path) {
            settings = try SiteConfig.load(from: file)
        }
        if let input { settings.input = input }
        if let baseURL { settings.baseURL = baseURL }
        if let templates { settings.templates = templates }
        if drafts { settings.includeDrafts = true }
        return settings
    }
}
