import Foundation
import GazetteSite
import Logging

/// Builds the site into a private folder (never the user's output folder), with a build cache
/// there, loads it into memory and hands it to the `PreviewState`; a failed build is reported there and in the log,
/// and the last good site stays.
public final class SiteRebuilder: Sendable {
    public let project: PreviewProject
    /// The private folder: the site is written to `site/` inside it.
    public let workDirectory: URL
    private let logger: Logger
    private let run = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private let progress = Locked((generation: 0, config: SiteConfig()))

    public init(project: PreviewProject, workDirectory: URL, logger: Logger) {
        self.project = project
        self.workDirectory = workDirectory
        self.logger = logger
    }

    /// The paths to watch, from the settings of the latest build that could read them.
    public func watchedPaths() -> [URL] {
        project.watchedPaths(progress.get().config)
    }

    /// Builds once and publishes the result (or the failure) to `state`.
    public func rebuild(into state: PreviewState) async {
        let started = ContinuousClock.now
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.buildNow()) }
        }
        let elapsed = started.duration(to: .now).components
        let milliseconds = elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000
        switch result {
        case .success(let (snapshot, report)):
            for diagnostic in report.diagnostics.sorted() {
                logger.warning("\(diagnostic.description)")
            }
            state.publish(snapshot)
            logger.notice("built \(report.articles) articles, \(snapshot.files.count) files in \(milliseconds) ms")
        case .failure(let failure):
            logger.error("build failed, still serving the last good site:\n\(failure.message)")
            state.fail(failure.message)
        }
    }

    struct Failure: Error {
        var message: String
    }

    /// The blocking part: settings, templates, articles, files, memory.
    func buildNow() -> Result<(SiteSnapshot, BuildReport), Failure> {
        do {
            let config = try project.loadConfig()
            let generation = progress.withLock { state in
                state.config = config
                state.generation += 1
                return state.generation
            }
            try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
            let output = workDirectory.appendingPathComponent("site")
            var builder = try SiteBuilder(
                config: config, templatesDirectory: project.templatesDirectory(config), logger: logger
            )
            // The build cache lives in the private folder too: each rebuild after an edit reuses
            // the text pass, summaries and pages of the articles the edit did not change.
            builder.cache = BuildCache(folder: workDirectory.appendingPathComponent("cache"), output: output)
            let report = try builder.build(inputDirectory: project.inputDirectory(config), output: output, strict: false)
            let snapshot = try SiteSnapshot.load(from: output, buildID: "\(run)-\(generation)")
            return .success((snapshot, report))
        } catch let error as GazetteError {
            return .failure(Failure(message: error.description))
        } catch {
            return .failure(Failure(message: "error: \(error)"))
        }
    }
}
