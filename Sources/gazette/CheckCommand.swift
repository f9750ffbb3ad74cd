import ArgumentParser
import Foundation
import GazetteServe

/// `gazette check`: verifies a built site's links, anchors, feeds and sitemap.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a built site: internal links, anchors and assets resolve; feeds and sitemap are well-formed.",
        discussion: """
            Prints one `file: problem` line per problem on standard output and exits 1 when \
            there is any, 0 when the site is sound. Links with a scheme (https:, mailto:) are \
            not followed.
            """
    )

    @Option(help: "The built site to check.")
    var site: String = "site"

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let root = URL(fileURLWithPath: site, relativeTo: cwd).standardizedFileURL
        let problems: [SiteProblem]
        do {
            problems = try SiteChecker(root: root).check()
        } catch let error as CheckError {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
        let prefix = site.hasSuffix("/") ? site : site + "/"
        let lines = problems.map { "\(prefix)\($0.description)\n" }.joined()
        FileHandle.standardOutput.write(Data(lines.utf8))
        guard problems.isEmpty else {
            Terminal.printError("\(Terminal.count(problems.count, "problem")) in \(site)/")
            throw ExitCode.failure
        }
        Terminal.printError("\(site)/: no problems")
    }
}
