/// Sums by index in a dense array, with the indices touched since it was last drained: scratch
/// space reused from one query to the next without clearing the whole array, and without the
/// hashing a dictionary of sums would do.
struct SparseTally<Value: AdditiveArithmetic & Comparable> {
    private var sums: [Value]
    private var touched: [Int] = []

    init(count: Int) { sums = Array(repeating: .zero, count: count) }

    /// Adds `value` (never zero) to the sum at `index`.
    @inline(__always)
    mutating func add(_ value: Value, at index: Int) {
        if sums[index] == .zero { touched.append(index) }
        sums[index] += value
    }

    /// Calls `body` with each index touched, in the order first touched, and its sum; then
    /// leaves the tally all zero, as a new one.
    mutating func drain(_ body: (Int, Value) -> Void) {
        for index in touched {
            body(index, sums[index])
            sums[index] = .zero
        }
        touched.removeAll(keepingCapacity: true)
    }
}
