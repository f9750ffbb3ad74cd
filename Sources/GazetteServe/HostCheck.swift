/// Protection against DNS rebinding: a page on another site that makes its own host name
/// resolve to 127.0.0.1 could otherwise read the preview. When the server listens on loopback,
/// only requests addressed to a loopback name are answered.
enum HostCheck {
    /// True when `authority` (the `Host` header, with or without port) names loopback, or
    /// is absent (HTTP/1.0).
    static func isLoopback(authority: String?) -> Bool {
        guard let authority, !authority.isEmpty else { return true }
        var host = Substring(authority.lowercased())
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            host = host[host.index(after: host.startIndex)..<close]
            return host == "::1"
        }
        if let colon = host.lastIndex(of: ":") { host = host[..<colon] }
        return host == "localhost" || host.hasSuffix(".localhost") || isLoopbackIPv4(host)
    }

    private static func isLoopbackIPv4(_ host: Substring) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
