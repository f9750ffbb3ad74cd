import Logging

/// The command-line logger.
enum Log {
    /// Writes to standard error: notices and above, or only errors with `--quiet`. Library code
    /// logs its progress at `info`, shown with `--verbose`.
    static func make(quiet: Bool, verbose: Bool = false) -> Logger {
        var logger = Logger(label: "gazette") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = quiet ? .error : (verbose ? .info : .notice)
        return logger
    }
}
