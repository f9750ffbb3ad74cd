import Dispatch

/// Maps over a collection on all cores, keeping the input order.
enum ParallelMap {
    /// `transform` applied to every element, results in input order: the same array a serial
    /// `map` would give, as long as `transform` is pure.
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.store(transform(items[index]), at: index)
        }
        return results.values()
    }
}

/// A pre-sized array that concurrent workers fill, each writing only its own slot.
private final class ResultSlots<R>: @unchecked Sendable {
    private var slots: [R?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Each index is written by exactly one worker, and read only after all have finished.
    func store(_ value: R, at index: Int) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [R] { slots.map { $0! } }
}
