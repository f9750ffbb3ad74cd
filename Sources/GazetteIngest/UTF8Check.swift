/// Where a byte string breaks UTF-8, for the warning that reports it.
struct UTF8Check {
    /// Line and column (1-based, columns in characters) of the first invalid sequence.
    var firstError: (line: Int, column: Int)?
    /// How many invalid sequences were replaced.
    var errorCount = 0

    /// - Complexity: O(n).
    static func scan(_ bytes: [UInt8]) -> UTF8Check {
        var result = UTF8Check()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                if result.firstError == nil { result.firstError = (line, column) }
                result.errorCount += 1
                column += 1
            case .emptyInput:
                break loop
            }
        }
        return result
    }
}
