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
    public var seconds: Double
}

/// Measures stages with a monotonic clock.
struct StageClock {
    private let clock = ContinuousClock()
    private(set) var timings: [StageTiming] = []

    mutating func measure<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        let start = clock.now
        let result = try work()
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        timings.append(StageTiming(stage: stage, seconds: seconds))
        return result
    }
}
