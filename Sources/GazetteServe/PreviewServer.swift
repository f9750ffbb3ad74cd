import Foundation
import Hummingbird
import Logging
import NIOCore

/// `gazette serve`: builds the site into a private folder, serves it from memory, rebuilds when
/// the articles, templates or config change, and makes open pages reload.
public struct PreviewServer: Sendable {
    public var project: PreviewProject
    public var host: String
    /// 0 picks a free port (see `onListening`).
    public var port: Int
    public var logger: Logger

    public init(project: PreviewProject, host: String = "127.0.0.1", port: Int = 8000, logger: Logger) {
        self.project = project
        self.host = host
        self.port = port
        self.logger = logger
    }

    /// Builds, serves and watches until SIGINT or SIGTERM (when `handleSignals`) or until the
    /// task is cancelled; then stops cleanly and removes the private folder.
    /// - Parameter onListening: called with the bound port once the server accepts connections.
    public func run(handleSignals: Bool = true, onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("gazette-serve-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: work) }
        let state = PreviewState()
        let rebuilder = SiteRebuilder(project: project, workDirectory: work, logger: logger)
        await rebuilder.rebuild(into: state)

        let app = Self.application(state: state, host: host, port: port, logger: logger, onListening: onListening)
        let watcher = SiteWatcher(roots: { rebuilder.watchedPaths() })
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                if handleSignals { try await app.runService() } else { try await app.run() }
            }
            group.addTask {
                let polls = Locked(0)
                await watcher.run(tick: {
                    // About every 15 s: a comment line lets closed pages be noticed.
                    if polls.withLock({ $0 += 1; return $0 % 50 == 0 }) { state.ping() }
                }, changed: { paths in
                    await rebuilder.changed(paths, into: state)
                })
            }
            defer { group.cancelAll() }
            try await group.next()
        }
        // In-process callers (tests) wait for a background build, so that nothing writes to the
        // private folder once it is removed. On a signal the process ends at once instead of
        // after a build that may take seconds.
        if !handleSignals { await rebuilder.finish() }
        state.closeAll()
    }

    /// The Hummingbird application answering from `state`; also used by tests without sockets.
    public static func application(
        state: PreviewState, host: String = "127.0.0.1", port: Int = 0, logger: Logger,
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var serverLogger = logger
        serverLogger.logLevel = max(logger.logLevel, .notice)
        return Application(
            responder: PreviewResponder(state: state, loopbackOnly: isLoopback(host)),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? port) },
            logger: serverLogger
        )
    }

    /// True when `host` names the loopback interface only.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
