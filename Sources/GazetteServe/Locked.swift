import Foundation

/// A value shared between request handlers and the rebuild loop, guarded by a lock.
/// Readers take a copy under the lock, so a request always sees one whole site.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) {
        self.value = value
    }

    /// A copy of the current value.
    func get() -> Value {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    /// Runs `body` with exclusive access to the value.
    @discardableResult
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
