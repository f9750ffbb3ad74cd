import ArgumentParser
import Foundation

/// `gazette new NAME`: scaffolds a new digest folder.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new digest: seeds/ with an example article and About page, templates/, gazette.yml and a README.",
        discussion: """
            The templates are copied from --templates; by default from templates in the current \
            folder, else from Gazette's own: the templates folder of the clone whose \
            .build/<configuration>/gazette runs, or share/gazette/templates beside an installed \
            bin/gazette. NAME must not exist, or be an empty folder.
            """
    )

    @Argument(help: "The folder to create.")
    var name: String

    @Option(help: "Templates folder to copy into the new digest (default: see below).")
    var templates: String?

    func validate() throws {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("NAME must not be empty") }
    }

    func run() throws {
        let fileManager = FileManager.default
        let cwd = URL(fileURLWithPath: fileManager.currentDirectoryPath)
        let destination = URL(fileURLWithPath: name, relativeTo: cwd).standardizedFileURL
        let candidates = templates.map { [URL(fileURLWithPath: $0, relativeTo: cwd)] }
            ?? [cwd.appendingPathComponent(OwnTemplates.defaultFolder)] + OwnTemplates.candidates()
        let found = candidates.map(\.standardizedFileURL).first(where: OwnTemplates.hasLayout)
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: destination.path, isDirectory: &isDirectory) {
            let contents = isDirectory.boolValue ? (try? fileManager.contentsOfDirectory(atPath: destination.path)) : nil
            guard contents?.isEmpty == true else { fail("\(name) already exists and is not an empty folder") }
        }
        guard let source = found else {
            let looked = candidates.map { $0.standardizedFileURL.path + "/" }.joined(separator: ", ")
            fail("no templates at \(looked) (looked for layout.mustache); pass --templates with the folder to copy")
        }
        do {
            try fileManager.createDirectory(at: destination.appendingPathComponent("seeds"), withIntermediateDirectories: true)
            try fileManager.copyItem(at: source, to: destination.appendingPathComponent("templates"))
            let title = destination.lastPathComponent
            try Scaffold.article.write(to: destination.appendingPathComponent("seeds/welcome.md"), atomically: true, encoding: .utf8)
            try Scaffold.aboutPage.write(to: destination.appendingPathComponent("seeds/about.md"), atomically: true, encoding: .utf8)
            try Scaffold.config(title: title).write(to: destination.appendingPathComponent("gazette.yml"), atomically: true, encoding: .utf8)
            try Scaffold.readme(title: title).write(to: destination.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        } catch {
            fail("cannot create \(name): \(error.localizedDescription)")
        }
        Terminal.printError("created \(name)/: cd \(name) && gazette build && gazette serve")
    }

    private func fail(_ message: String) -> Never {
        Terminal.printError("error: \(message)")
        Self.exit(withError: ExitCode.failure)
    }
}

/// The files `gazette new` writes.
enum Scaffold {
    static let article = """
        ---
        title: Welcome to your news digest
        date: 2026-01-15
        author: The Editors
        source: Gazette
        categories: [Announcements]
        tags: [gazette, getting started]
        summary: How to add stories to this digest and see them on the site.
        ---

        This digest is built by Gazette from the articles in the seeds folder. Each article \
        is a Markdown file that starts with a short block of front matter.

        Add a story by saving another file next to this one. Plain text files and saved web \
        pages work too: Gazette finds the headline, the date and the byline by itself.

        Run gazette serve while you write: the preview rebuilds when you save and the open \
        page reloads on its own.

        """

    /// A page of the site rather than a story (`type: page`): every footer links it.
    static let aboutPage = """
        ---
        title: About this digest
        type: page
        ---

        Say here who writes this digest and how readers can reach you. A file whose front \
        matter says type: page is a page of the site, linked from every footer, not a story.

        """

    static func config(title: String) -> String {
        let quoted = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return """
            # Settings for gazette build and gazette serve.
            title: \(quoted)
            description: "A digest of the news, built by Gazette."
            baseURL: "/"
            language: en
            input: seeds
            output: site
            templates: templates
            pageSize: 20
            # Values of your own for the templates: {{site.params.newsroom}}.
            # params:
            #   newsroom: "Our Newsroom"
            # The words Gazette writes itself, for a site in another language (see Gazette's README).
            # labels:
            #   readingTime: "{minutes} min read"
            #   dateFormat: "{month} {day}, {year}"

            """
    }

    static func readme(title: String) -> String {
        """
        # \(title)

        Build the site into site/ with `gazette build`, or preview it with live reload with `gazette serve` (then open http://127.0.0.1:8000/); `gazette check` verifies the built site.

        """
    }
}
