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
    /// The last good full build's corpus and settings, for quick previews; nil after a failure.
    private let last = Locked<(preview: QuickPreview, config: SiteConfig)?>(nil)
    /// The last site read from the private folder: files it read unchanged are not read again.
    private let loaded = Locked<SiteSnapshot?>(nil)
    /// Whether a background exact build runs, and whether files changed since it started.
    private let schedule = Locked((running: false, pending: false, stopping: false))
    private let background = Locked<Task<Void, Never>?>(nil)
    /// Stands in for `buildNow` in the background builds (tests).
    private let exactBuild: (@Sendable () -> Result<(SiteSnapshot, BuildReport), Failure>)?

    public convenience init(project: PreviewProject, workDirectory: URL, logger: Logger) {
        self.init(project: project, workDirectory: workDirectory, logger: logger, exactBuild: nil)
    }

    init(project: PreviewProject, workDirectory: URL, logger: Logger,
         exactBuild: (@Sendable () -> Result<(SiteSnapshot, BuildReport), Failure>)?) {
        self.exactBuild = exactBuild
        self.project = project
        self.workDirectory = workDirectory
        self.logger = logger
    }

    /// The paths to watch, from the settings of the latest build that could read them.
    public func watchedPaths() -> [URL] {
        project.watchedPaths(progress.get().config)
    }

    /// Builds once and publishes the result (or the failure) to `state`; with `changed`, shows
    /// the quick preview first (see `changed(_:into:)`).
    public func rebuild(into state: PreviewState, changed: [String] = []) async {
        if !changed.isEmpty { await quickPreview(changed, into: state) }
        let started = ContinuousClock.now
        let result = await Self.onQueue { self.buildNow() }
        publish(result, since: started, into: state)
    }

    /// For the watcher, after a save: when `paths` (absolute, as the watcher saw them change)
    /// are only a few edited articles, their pages are re-rendered with the last analysis and
    /// published at once (`QuickPreview`); the exact build then runs in the background and
    /// replaces them. A save during that build gets its quick preview at once too, and the
    /// build's now stale site is not published: the build runs again and publishes that.
    public func changed(_ paths: [String], into state: PreviewState) async {
        schedule.withLock { $0.pending = true }
        await quickPreview(paths, into: state)
        let start = schedule.withLock { schedule -> Bool in
            guard !schedule.running, !schedule.stopping else { return false }
            schedule.running = true
            return true
        }
        if start {
            let task = Task.detached { await self.buildWhilePending(into: state) }
            background.withLock { $0 = task }
        }
    }

    /// Stops building again after the running background build, and waits for it.
    public func finish() async {
        schedule.withLock { $0.stopping = true }
        await background.get()?.value
    }

    /// Exact builds until one finishes with no save since it started; that one is published.
    private func buildWhilePending(into state: PreviewState) async {
        while true {
            schedule.withLock { $0.pending = false }
            let started = ContinuousClock.now
            let result = await Self.onQueue { self.exactBuild?() ?? self.buildNow() }
            // Deciding and publishing under the lock: a save either comes before (and the
            // build runs again) or after (and its preview and build follow this site).
            let done = schedule.withLock { schedule -> Bool in
                if schedule.stopping {
                    schedule.running = false
                    return true
                }
                guard !schedule.pending else { return false }
                schedule.running = false
                publish(result, since: started, into: state)
                return true
            }
            if done { return }
            logger.info("files changed during the build; building again")
        }
    }

    private func quickPreview(_ changed: [String], into state: PreviewState) async {
        guard let snapshot = state.current.snapshot, state.current.failure == nil else { return }
        let started = ContinuousClock.now
        let quick = await Self.onQueue { self.quickNow(changed: changed, snapshot: snapshot) }
        switch quick {
        case .success(let (preview, paths)):
            state.publish(preview)
            let took = Self.milliseconds(since: started)
            logger.notice("quick preview of \(paths.joined(separator: ", ")) in \(took) ms; the exact rebuild follows")
        case .failure(let reason):
            logger.info("no quick preview: \(reason)")
        case nil:
            break
        }
    }

    private func publish(_ result: Result<(SiteSnapshot, BuildReport), Failure>, since started: ContinuousClock.Instant,
                         into state: PreviewState) {
        let milliseconds = Self.milliseconds(since: started)
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

    private static func onQueue<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> Int64 {
        let elapsed = start.duration(to: .now).components
        return elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000
    }

    /// The snapshot with the edited articles' pages re-rendered, and their paths; nil when there
    /// is no good full build to start from.
    func quickNow(changed: [String], snapshot: SiteSnapshot) -> Result<(SiteSnapshot, [String]), QuickPreview.NotQuick>? {
        guard let last = last.get() else { return nil }
        do {
            let config = try project.loadConfig()
            guard config == last.config else { return .failure(.init(description: "the settings changed")) }
            let input = project.inputDirectory(config).standardizedFileURL
            var edited: [String] = []
            for path in changed {
                let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
                guard absolute.hasPrefix(input.path + "/") else {
                    return .failure(.init(description: "\(path) is not in the input folder"))
                }
                edited.append(String(absolute.dropFirst(input.path.count + 1)))
            }
            let builder = try SiteBuilder(config: config, templatesDirectory: project.templatesDirectory(config), logger: logger)
            let pages = try last.preview.pages(edited: edited, inputDirectory: input, builder: builder)
            let generation = progress.withLock { state in
                state.generation += 1
                return state.generation
            }
            let preview = snapshot.replacing(
                pages.map { ($0.path, $0.html) }, buildID: "\(run)-\(generation)",
                modified: Int(Date().timeIntervalSince1970)
            )
            return .success((preview, pages.map(\.path)))
        } catch let notQuick as QuickPreview.NotQuick {
            return .failure(notQuick)
        } catch {
            return .failure(.init(description: "\(error)"))
        }
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
            builder.keepsCorpus = true
            let report = try builder.build(inputDirectory: project.inputDirectory(config), output: output, strict: false)
            // An up-to-date build reads nothing and keeps no corpus; the last one still holds.
            if let preview = report.preview { last.withLock { $0 = (preview, config) } }
            let snapshot = try SiteSnapshot.load(
                from: output, buildID: "\(run)-\(generation)", previous: loaded.withLock { $0 }
            )
            loaded.withLock { $0 = snapshot }
            return .success((snapshot, report))
        } catch let error as GazetteError {
            last.withLock { $0 = nil }
            return .failure(Failure(message: error.description))
        } catch {
            last.withLock { $0 = nil }
            return .failure(Failure(message: "error: \(error)"))
        }
    }
}
