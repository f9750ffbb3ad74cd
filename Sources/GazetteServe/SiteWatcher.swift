import Foundation
import GazetteSite

/// Notices changes below some folders and files by polling their modification times and sizes
/// (portable, and cheap for a folder of articles), and reports each burst of changes once it
/// has settled.
struct SiteWatcher: Sendable {
    /// A file's modification time and size.
    struct Stamp: Equatable, Sendable {
        var modified: Double
        var size: Int
    }

    var roots: @Sendable () -> [URL]
    var interval: Duration = .milliseconds(300)
    var settle: Duration = .milliseconds(100)

    /// Polls until cancelled; calls `changed` after each settled change with the paths that
    /// changed, appeared or went (sorted), and `tick` on every poll.
    func run(tick: @Sendable () -> Void = {}, changed: @Sendable ([String]) async -> Void) async {
        var last = Self.fingerprint(roots())
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            tick()
            var now = Self.fingerprint(roots())
            guard now != last else { continue }
            // Editors save in several steps; wait until a poll sees no further change.
            for _ in 0..<20 {
                try? await Task.sleep(for: settle)
                let again = Self.fingerprint(roots())
                if again == now { break }
                now = again
            }
            if Task.isCancelled { return }
            let paths = Self.difference(last, now)
            last = now
            await changed(paths)
        }
    }

    /// Paths whose stamps differ between `old` and `new`, or that only one has, sorted.
    static func difference(_ old: [String: Stamp], _ new: [String: Stamp]) -> [String] {
        var paths = new.filter { old[$0.key] != $0.value }.map(\.key)
        paths += old.keys.filter { new[$0] == nil }
        return paths.sorted()
    }

    /// Path → stamp for every file below `roots` (a root may itself be a file). Hidden files
    /// and folders and editor backups (`name~`) are left out: they change without changing the
    /// site. Stamps come from `lstat` afresh each time; `readdir` keeps a poll of a folder of
    /// 10,000 articles to a few tens of milliseconds.
    static func fingerprint(_ roots: [URL]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for root in roots {
            let base = root.path
            if let stamp = stamp(base) { stamps[base] = stamp }
            DirectoryListing.walk(base) { relative, type in
                let name = relative.split(separator: "/").last.map(String.init) ?? relative
                if name.hasPrefix(".") { return false }
                if type == UInt8(DT_DIR) { return true }
                let path = base + "/" + relative
                var info = stat()
                guard lstat(path, &info) == 0 else { return false }
                if info.st_mode & S_IFMT == S_IFDIR { return type == UInt8(DT_UNKNOWN) }
                if !name.hasSuffix("~"), info.st_mode & S_IFMT == S_IFREG { stamps[path] = Stamp(info) }
                return false
            }
        }
        return stamps
    }

    private static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Stamp(info)
    }
}

extension SiteWatcher.Stamp {
    init(_ info: stat) {
        modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        size = Int(info.st_size)
    }
}
