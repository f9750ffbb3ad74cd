import Foundation

/// Progress of a build stage, reported to an optional handler (the CLI draws a bar from it).
public struct BuildProgress: Sendable, Hashable {
    public var stage: String
    public var done: Int
    public var total: Int

    public init(stage: String, done: Int, total: Int) {
        self.stage = stage
        self.done = done
        self.total = total
    }
}

public typealias ProgressHandler = @Sendable (BuildProgress) -> Void

/// How long one stage took (measured with a monotonic clock; never part of the output).
public struct StageTiming: Sendable, Hashable {
    public var stage: String
    /// Wall-clock time; nil for a part of a stage measured only in processor time (`templates`).
    public var seconds: Double?
    /// Processor time of the whole process (all threads, user and system) during the stage.
    public var cpuSeconds: Double = 0
    /// Peak resident memory of the process at the end of the stage, in bytes.
    public var peakBytes: Int = 0
}

/// Measures stages with a monotonic clock.
struct StageClock {
    private let clock = ContinuousClock()
    private(set) var timings: [StageTiming] = []

    mutating func measure<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        let start = clock.now
        let cpuStart = Self.processorSeconds()
        let result = try work()
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        timings.append(StageTiming(stage: stage, seconds: seconds, cpuSeconds: Self.processorSeconds() - cpuStart,
                                   peakBytes: Self.peakResidentBytes()))
        return result
    }

    /// Adds a timing measured inside the last stage (it has no wall-clock time of its own).
    mutating func note(_ stage: String, cpuSeconds: Double) {
        timings.append(StageTiming(stage: stage, seconds: nil, cpuSeconds: cpuSeconds, peakBytes: Self.peakResidentBytes()))
    }

    /// The most memory the process has held so far (`ru_maxrss`, kilobytes on Linux).
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// User and system time of the process so far.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

/// Processor time spent in template rendering, summed over the threads that render (each
/// page's time on its own thread's clock, so waiting for a core is not counted).
final class TemplateClock: @unchecked Sendable {
    private let lock = NSLock()
    private var nanoseconds: UInt64 = 0

    var seconds: Double { lock.withLock { Double(nanoseconds) / 1e9 } }

    /// `work()`, its thread's processor time added to the total.
    func measure<T>(_ work: () throws -> T) rethrows -> T {
        let start = Self.threadNanoseconds()
        defer {
            let spent = Self.threadNanoseconds() &- start
            lock.withLock { nanoseconds &+= spent }
        }
        return try work()
    }

    static func threadNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
