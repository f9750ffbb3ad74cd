import Foundation
import GazetteSite

#if canImport(Glibc)
import Glibc
#endif

/// Draws build progress on a terminal: a bar with counts and rate, only once a build has run
/// for a second; on anything but a terminal it prints nothing (the logger says what happened).
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var stageStart: ContinuousClock.Instant
    private var stage = ""
    private var drawn = false
    let enabled: Bool

    init(enabled: Bool = isatty(2) == 1) {
        self.enabled = enabled
        start = clock.now
        stageStart = start
    }

    func update(_ progress: BuildProgress) {
        guard enabled else { return }
        lock.withLock {
            let now = clock.now
            if progress.stage != stage {
                stage = progress.stage
                stageStart = now
            }
            guard now - start > .seconds(1) else { return }
            let elapsed = max(0.001, Self.seconds(now - stageStart))
            let fraction = progress.total > 0 ? Double(progress.done) / Double(progress.total) : 0
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let rate = Int(Double(progress.done) / elapsed)
            let line = "\r\(progress.stage.padding(toLength: 8, withPad: " ", startingAt: 0)) \(bar) \(progress.done)/\(progress.total) (\(rate)/s)"
            FileHandle.standardError.write(Data(line.utf8))
            drawn = true
        }
    }

    /// Clears the bar's line before other output.
    func finish() {
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            drawn = false
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
