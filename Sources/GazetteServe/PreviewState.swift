import Foundation

/// What the preview server serves and who is listening for reloads.
///
/// The rebuild loop calls `publish(_:)` after a good build and `fail(_:)` after a broken one
/// (the last good site stays in place); each open page's event stream hears about it at once.
public final class PreviewState: Sendable {
    /// The current site (nil until the first good build) and the last build error, if the
    /// latest build failed.
    public struct Status: Sendable {
        public var snapshot: SiteSnapshot?
        public var failure: String?
    }

    private let status = Locked(Status())
    private let clients = Locked<(next: Int, streams: [Int: AsyncStream<String>.Continuation])>((0, [:]))

    public init(snapshot: SiteSnapshot? = nil) {
        status.withLock { $0.snapshot = snapshot }
    }

    public var current: Status { status.get() }

    /// Serves `snapshot` from now on and tells open pages to reload.
    public func publish(_ snapshot: SiteSnapshot) {
        status.withLock { $0 = Status(snapshot: snapshot, failure: nil) }
        broadcast(Self.event("build", snapshot.buildID))
    }

    /// Keeps serving the last good site and shows `message` over open pages.
    public func fail(_ message: String) {
        status.withLock { $0.failure = message }
        broadcast(Self.event("failed", message))
    }

    /// Number of open event streams.
    public var listeners: Int { clients.get().streams.count }

    /// A new event stream, starting with the current build and failure.
    func subscribe() -> (id: Int, events: AsyncStream<String>) {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.yield("retry: 1000\n\n")
        let now = status.get()
        if let snapshot = now.snapshot { continuation.yield(Self.event("build", snapshot.buildID)) }
        if let failure = now.failure { continuation.yield(Self.event("failed", failure)) }
        let id = clients.withLock { state in
            state.next += 1
            state.streams[state.next] = continuation
            return state.next
        }
        return (id, stream)
    }

    func unsubscribe(_ id: Int) {
        clients.withLock { $0.streams.removeValue(forKey: id) }?.finish()
    }

    /// A comment line that keeps proxies patient and lets the server notice closed pages.
    public func ping() {
        broadcast(": ping\n\n")
    }

    /// Ends every event stream (on shutdown).
    public func closeAll() {
        let streams = clients.withLock { state in
            defer { state.streams = [:] }
            return Array(state.streams.values)
        }
        for stream in streams { stream.finish() }
    }

    private func broadcast(_ text: String) {
        for stream in clients.get().streams.values { stream.yield(text) }
    }

    /// One Server-Sent Event; a multi-line `data` becomes several `data:` lines.
    static func event(_ name: String, _ data: String) -> String {
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "data: " + $0.replacingOccurrences(of: "\r", with: "") }
        return "event: \(name)\n" + lines.joined(separator: "\n") + "\n\n"
    }
}
