import ArgumentParser

/// `gazette`: turns a folder of news articles into a static news digest.
@main
struct Gazette: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "Turn a folder of news articles into a static news digest.",
        discussion: """
            Exit codes: 0 success; 1 the build or analysis failed (bad config or template, \
            unusable output folder, or --strict with unreadable articles); 64 invalid arguments.
            """,
        version: GazetteVersion.current,
        subcommands: [BuildCommand.self, AnalyzeCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}

enum GazetteVersion {
    static let current = "0.1.0"
}
