import Foundation
import Hummingbird
import ServiceLifecycle

/// Answers every request of the preview server from memory: the site's files, the reload
/// script and the reload event stream. Only `GET` and `HEAD` are allowed.
public struct PreviewResponder: HTTPResponder {
    public typealias Context = BasicRequestContext

    public let state: PreviewState
    /// Answer only requests whose `Host` names loopback (set when listening on loopback).
    public let loopbackOnly: Bool

    public init(state: PreviewState, loopbackOnly: Bool = true) {
        self.state = state
        self.loopbackOnly = loopbackOnly
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var response = Self.text(.methodNotAllowed, "Only GET and HEAD are allowed.\n")
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        guard !loopbackOnly || HostCheck.isLoopback(authority: request.head.authority) else {
            return Self.text(.forbidden, "This preview answers only to localhost and 127.0.0.1.\n")
        }
        let response = answer(request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func answer(_ request: Request) -> Response {
        let raw = request.uri.path
        if raw.hasPrefix(ReloadScript.prefix) {
            switch raw {
            case ReloadScript.eventsPath: return events()
            case ReloadScript.scriptPath: return script()
            default: return Self.text(.notFound, "Not found.\n")
            }
        }
        let status = state.current
        guard let snapshot = status.snapshot else { return noBuildYet(status.failure) }
        switch RequestPath(raw: raw) {
        case .invalid(let reason):
            return Self.text(.badRequest, "Bad request: \(reason).\n")
        case .hidden:
            return notFound(snapshot)
        case .valid(let key, let directory):
            switch snapshot.lookup(key: key, directory: directory) {
            case .file(let file): return serve(snapshot.served(file), conditions: request.headers, status: .ok)
            case .redirect(let location):
                var response = Self.text(.movedPermanently, "Moved to \(location)\n")
                response.headers[.location] = location
                return response
            case .missing: return notFound(snapshot)
            }
        }
    }

    /// The file, or `304 Not Modified` when the client's copy is current. `If-None-Match`
    /// wins over `If-Modified-Since` (RFC 9110 §13.2.2).
    private func serve(_ file: StaticFile, conditions: HTTPFields, status: HTTPResponse.Status) -> Response {
        var headers: HTTPFields = [
            .contentType: file.contentType, .eTag: file.etag, .lastModified: file.lastModified,
            .cacheControl: "no-cache", .xContentTypeOptions: "nosniff",
        ]
        if status == .ok {
            if let tags = conditions[.ifNoneMatch] {
                if Self.matches(tags, file.etag) { return Response(status: .notModified, headers: headers) }
            } else if let since = conditions[.ifModifiedSince].flatMap(HTTPDate.parse), file.modified <= since {
                return Response(status: .notModified, headers: headers)
            }
        } else {
            headers[.cacheControl] = "no-store"
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: file.body))
    }

    private static func matches(_ header: String, _ etag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == "*" || tag == etag
        }
    }

    private func notFound(_ snapshot: SiteSnapshot) -> Response {
        guard let page = snapshot.files["404.html"] else { return Self.text(.notFound, "Not found.\n") }
        return serve(snapshot.served(page), conditions: [:], status: .notFound)
    }

    /// Before the first good build there is nothing to serve but the error (with the hook, so
    /// the page reloads once the problem is fixed).
    private func noBuildYet(_ failure: String?) -> Response {
        let message = (failure ?? "The site is being built.")
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        let html = "<!DOCTYPE html><meta charset=\"utf-8\"><title>Gazette: no site yet</title>"
            + "<body><h1>No site to show yet</h1><pre>\(message)</pre>\n"
        let bytes = ReloadScript.inject(into: Array(html.utf8), buildID: "none")
        return Response(
            status: .serviceUnavailable,
            headers: [.contentType: ContentType.html, .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }

    private func script() -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: ReloadScript.source))
        )
    }

    /// The Server-Sent Events stream: open until the page goes away or the server shuts down.
    private func events() -> Response {
        let state = self.state
        return Response(
            status: .ok,
            headers: [.contentType: ContentType.eventStream, .cacheControl: "no-store"],
            body: ResponseBody { writer in
                let (id, events) = state.subscribe()
                defer { state.unsubscribe(id) }
                for await event in events.cancelOnGracefulShutdown() {
                    try await writer.write(ByteBuffer(string: event))
                }
                try await writer.finish(nil)
            }
        )
    }

    static func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: message))
        )
    }
}
