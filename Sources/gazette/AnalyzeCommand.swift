import ArgumentParser
import Foundation
import GazetteAnalysis
import GazetteCore
import GazetteIngest
import GazetteSite

/// `gazette analyze`: prints the analysis of articles as JSON Lines.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Print the analysis of articles as JSON Lines, one object per article, sorted by path.",
        discussion: """
            Keys: path, title, date (ISO 8601 or null), byline, source, dateline, categories, \
            summary (sentences), keyphrases, entities, topics, related (paths), duplicateOf \
            (path or null); body with --body; explain with --explain. Problems with \
            individual files go to standard error.
            """
    )

    @Argument(help: "Article files or folders of articles.")
    var paths: [String]

    @Option(help: "Sentences in each summary.")
    var summarySentences: Int = 3

    @Flag(help: "Include the cleaned body text.")
    var body = false

    @Flag(help: "Include each sentence's score and parts, and why each topic was chosen.")
    var explain = false

    @Flag(help: "Exit 1 if any file could not be read.")
    var strict = false

    func validate() throws {
        guard (1...50).contains(summarySentences) else {
            throw ValidationError("--summary-sentences must be between 1 and 50")
        }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let files = try Pipeline.inputFiles(for: paths, relativeTo: cwd)
        let corpus = Pipeline.run(
            files: files, ingest: IngestOptions(includeDrafts: true),
            analysis: AnalysisOptions(summarySentences: summarySentences, explain: explain)
        )
        Terminal.report(corpus.diagnostics)
        var output = AnalysisReport.lines(for: corpus, body: body, explain: explain).joined(separator: "\n")
        if !output.isEmpty { output += "\n" }
        FileHandle.standardOutput.write(Data(output.utf8))
        if strict && !corpus.skipped.isEmpty { throw ExitCode.failure }
    }
}
