import GazetteCore

/// Errors that stop a build. Per-article problems are `Diagnostic`s and never stop it.
public enum GazetteError: Error, Sendable, CustomStringConvertible {
    case config(Diagnostic)
    case template(Diagnostic)
    case input(String)
    case output(String)
    /// `--strict`: some articles could not be read.
    case strict([Diagnostic])

    public var description: String {
        switch self {
        case .config(let diagnostic), .template(let diagnostic): diagnostic.description
        case .input(let message): "error: \(message)"
        case .output(let message): "error: \(message)"
        case .strict(let diagnostics):
            "error: --strict: \(diagnostics.count) problem(s) in the input; nothing was written"
        }
    }
}
