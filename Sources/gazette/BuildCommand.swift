import ArgumentParser
import Foundation
import GazetteSite
import Logging

/// `gazette build`: reads the input folder and writes the site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from the articles in the input folder.",
        discussion: """
            Settings come from gazette.yml (or --config) and then from these options. Articles \
            that cannot be read are reported on standard error and left out; --strict makes \
            them fail the build. The site is written to a staging folder and moved into place \
            only when the whole build succeeded.
            """
    )

    @OptionGroup var site: SiteOptions

    @Flag(help: "Fail (exit 1, nothing written) if any article cannot be read.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    func run() throws {
        let config = try site.resolve()
        let logger = Log.make(quiet: quiet)
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        do {
            let builder = try SiteBuilder(
                config: config, templatesDirectory: cwd.appendingPathComponent(config.templates), logger: logger
            )
            let report = try builder.build(
                inputDirectory: cwd.appendingPathComponent(config.input),
                output: cwd.appendingPathComponent(config.output), strict: strict
            )
            Terminal.report(report.diagnostics)
            if !quiet {
                let skipped = report.skipped.isEmpty ? "" : ", \(report.skipped.count) skipped"
                Terminal.printError("built \(report.articles) articles\(skipped) into \(config.output)/ (\(report.files) files)")
            }
        } catch let error as GazetteError {
            if case .strict(let diagnostics) = error { Terminal.report(diagnostics) }
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
    }
}

/// Options shared by the commands that build a site.
struct SiteOptions: ParsableArguments {
    @Option(help: "Folder of articles (default: seeds, or the config's input).")
    var input: String?

    @Option(help: "Folder to write the site to (default: site, or the config's output).")
    var output: String?

    @Option(help: "Where the site will be published: https://example.org/ or a path like /news/.")
    var baseURL: String?

    @Option(help: "Folder of Mustache templates and assets (default: templates).")
    var templates: String?

    @Option(help: "Config file (default: gazette.yml when it exists).")
    var config: String?

    /// The config file's settings with these options on top.
    func resolve() throws -> SiteConfig {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var settings = SiteConfig()
        let file = cwd.appendingPathComponent(config ?? "gazette.yml")
        if config != nil || FileManager.default.fileExists(atPath: file.path) {
            do {
                settings = try SiteConfig.load(from: file)
            } catch let error as GazetteError {
                Terminal.printError(error.description)
                throw ExitCode.failure
            }
        }
        if let input { settings.input = input }
        if let output { settings.output = output }
        if let baseURL { settings.baseURL = baseURL }
        if let templates { settings.templates = templates }
        return settings
    }
}
