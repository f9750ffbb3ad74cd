import Foundation
import GazetteCore

/// Writing diagnostics and messages to standard error.
enum Terminal {
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sorted() {
            printError(diagnostic.description)
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// "1 article", "2 articles" (for nouns whose plural adds an s).
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
