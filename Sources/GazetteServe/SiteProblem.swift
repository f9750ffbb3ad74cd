/// One thing wrong with a built site, printed as `file: problem`.
public struct SiteProblem: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path relative to the site root.
    public var file: String
    public var message: String

    public init(_ file: String, _ message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }

    public static func < (lhs: SiteProblem, rhs: SiteProblem) -> Bool {
        (lhs.file, lhs.message) < (rhs.file, rhs.message)
    }
}
