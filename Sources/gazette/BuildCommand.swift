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
            only when the whole build succeeded; over a site Gazette built, only the changed \
            files are moved in.
            """
    )

    @OptionGroup var site: SiteOptions

    @Flag(help: "Fail (exit 1, nothing written) if any article cannot be read.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(help: "Print how long each stage took (and the processor time of template rendering, part of render+write).")
    var timings = false

    @Option(help: "Folder for the build cache, which lets a build with nothing changed stop early.")
    var cacheDir = ".gazette-cache"

    @Flag(help: "Build everything even if nothing changed (the cache is neither read nor written).")
    var noCache = false

    @Flag(name: .shortAndLong, help: "Log each stage.")
    var verbose = false

    func run() throws {
        var config = try site.resolve()
        let logger = Log.make(quiet: quiet, verbose: verbose)
        let bar = ProgressBar(enabled: !quiet && isatty(2) == 1)
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if let own = OwnTemplates.replacing(config.templates, in: cwd) {
            if !quiet { Terminal.printError("no templates/ here: using Gazette's own at \(own.path)") }
            config.templates = own.path
        }
        do {
            var builder = try SiteBuilder(
                config: config, templatesDirectory: URL(fileURLWithPath: config.templates, relativeTo: cwd), logger: logger
            )
            builder.progress = { bar.update($0) }
            builder.timesTemplates = timings
            let output = URL(fileURLWithPath: config.output, relativeTo: cwd)
            if !noCache {
                builder.cache = BuildCache(folder: URL(fileURLWithPath: cacheDir, relativeTo: cwd), output: output)
            }
            let report = try builder.build(
                inputDirectory: URL(fileURLWithPath: config.input, relativeTo: cwd), output: output, strict: strict
            )
            bar.finish()
            Terminal.report(report.diagnostics)
            if timings {
                for timing in report.timings {
                    let name = timing.stage.padding(toLength: 14, withPad: " ", startingAt: 0)
                    // A part of a stage has processor time only.
                    let wall = timing.seconds.map { String(format: "%8.3f", $0) } ?? "       -"
                    Terminal.printError("\(name) \(wall) s  cpu \(String(format: "%8.3f", timing.cpuSeconds)) s  peak \(timing.peakBytes >> 20) MB")
                }
            }
            if report.upToDate {
                if !quiet { Terminal.printError("\(config.output)/ is up to date: nothing changed since the last build (\(Terminal.count(report.articles, "article")))") }
                return
            }
            if !quiet {
                let skipped = report.skipped.isEmpty ? "" : ", \(report.skipped.count) skipped"
                Terminal.printError("built \(Terminal.count(report.articles, "article"))\(skipped) into \(config.output)/ (\(Terminal.count(report.files, "file")))")
            }
        } catch let error as GazetteError {
            bar.finish()
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

    @Flag(name: [.customShort("D"), .long], help: "Include articles marked draft: true (as the config's includeDrafts).")
    var drafts = false

    func validate() throws {
        if let baseURL, let problem = SiteConfig.problem(baseURL: baseURL) {
            throw ValidationError("--base-url \(problem)")
        }
    }

    /// The config file's settings with these options on top.
    func resolve() throws -> SiteConfig {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var settings = SiteConfig()
        let file = URL(fileURLWithPath: config ?? "gazette.yml", relativeTo: cwd)
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
        if drafts { settings.includeDrafts = true }
        return settings
    }
}
