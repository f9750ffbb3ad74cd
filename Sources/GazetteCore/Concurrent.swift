import Dispatch

/// Independent per-item work on all cores, results in index order.
///
/// Each item writes only its own slot of a pre-sized buffer, so the result never depends on
/// scheduling: `Concurrent.map(n, f)` equals `(0..<n).map(f)`.
public enum Concurrent {
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        map(count, state: {}) { _, i in body(i) }
    }

    /// `map` with per-worker scratch state: `makeState` runs once per chunk of items, and every
    /// item of the chunk gets the same state, in index order. `body` must leave the state as it
    /// found it (for example, clear what it wrote), so results never depend on the chunking.
    public static func map<T: Sendable, State>(_ count: Int, state makeState: @Sendable () -> State,
                                               _ body: @Sendable (inout State, Int) -> T) -> [T] {
        guard count > 1 else {
            var state = makeState()
            return (0..<count).map { body(&state, $0) }
        }
        let slots = SlotBuffer<T>(count: count)
        defer { slots.free() }
        let chunk = max(1, count / 64)
        let chunks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var state = makeState()
            for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                slots.set(i, body(&state, i))
            }
        }
        return slots.array()
    }
}

/// A fixed buffer whose slots are each written by exactly one task.
private final class SlotBuffer<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
    }

    func set(_ index: Int, _ value: T) { (base + index).initialize(to: value) }

    /// The filled slots as an array; every slot must have been set.
    func array() -> [T] { Array(UnsafeBufferPointer(start: base, count: count)) }

    func free() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}

/// Work started on another thread and waited for where its result is needed. A step that
/// depends on nothing the steps after it make runs beside them, on the core their single-
/// threaded parts leave idle; the value is whatever `body` returns, whenever it runs.
public final class Pending<T: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    private var value: T?

    public init(_ body: @escaping @Sendable () -> T) {
        done.enter()
        DispatchQueue.global().async {
            self.value = body()
            self.done.leave()
        }
    }

    /// The result, once `body` has returned (the wait orders its write before this read).
    public func wait() -> T {
        done.wait()
        return value!
    }
}
