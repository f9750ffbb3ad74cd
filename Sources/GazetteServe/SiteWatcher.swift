import Foundation

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

    /// Polls until cancelled; calls `changed` after each settled change and `tick` on every poll.
    func run(tick: @Sendable () -> Void = {}, changed: @Sendable () async -> Void) async {
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
            last = now
            await changed()
        }
    }

    /// Path → stamp for every file below `roots` (a root may itself be a file). Hidden files
    /// and editor backups (`name~`) are left out: they change without changing the site.
    /// Attributes are read afresh each time (URL resource values may be cached).
    static func fingerprint(_ roots: [URL]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let fileManager = FileManager.default
        for root in roots {
            let base = root.path
            if let stamp = stamp(base) { stamps[base] = stamp }
            guard let walker = fileManager.enumerator(atPath: base) else { continue }
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                if !name.hasSuffix("~"), let stamp = stamp(base + "/" + relative) { stamps[base + "/" + relative] = stamp }
            }
        }
        return stamps
    }

    private static func stamp(_ path: String) -> Stamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular else { return nil }
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return Stamp(modified: modified, size: (attributes[.size] as? NSNumber)?.intValue ?? 0)
    }
}
