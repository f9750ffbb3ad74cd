import Foundation
import GazetteCore
import Testing

@testable import GazetteSite

@Suite("Build cache")
struct BuildCacheTests {
    /// A copy of the seeds, a cache folder and an output folder, all in one temporary folder.
    struct Project {
        let folder: TemporaryFolder
        var input: URL { folder.url.appendingPathComponent("in") }
        var output: URL { folder.url.appendingPathComponent("out") }
        var cache: BuildCache { BuildCache(folder: folder.url.appendingPathComponent("cache"), output: output) }

        init() throws {
            folder = try TemporaryFolder()
            try FileManager.default.copyItem(at: Repository.seeds, to: input)
        }

        func build(templates: URL = Repository.templates, baseURL: String = "/") throws -> BuildReport {
            var config = SiteConfig()
            config.baseURL = baseURL
            var builder = try SiteBuilder(config: config, templatesDirectory: templates)
            builder.cache = cache
            return try builder.build(inputDirectory: input, output: output, strict: false)
        }

        func firstArticle() throws -> URL {
            let name = try #require(try FileManager.default.contentsOfDirectory(atPath: input.path).sorted().first)
            return input.appendingPathComponent(name)
        }
    }

    /// Modification times of every file of the site, to prove nothing was written.
    static func stamps(_ site: URL) throws -> [String: Date] {
        var stamps: [String: Date] = [:]
        for path in OutputFolder.regularFiles(in: site) + [OutputFolder.manifestName] {
            let attributes = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(path).path)
            stamps[path] = attributes[.modificationDate] as? Date
        }
        return stamps
    }

    @Test("a second build with nothing changed writes nothing")
    func unchanged() throws {
        let project = try Project()
        let first = try project.build()
        #expect(!first.upToDate && first.files > 0)
        let before = try Self.stamps(project.output)
        let second = try project.build()
        #expect(second.upToDate)
        #expect(second.files == 0)
        #expect(second.articles == first.articles)
        #expect(try Self.stamps(project.output) == before)
    }

    @Test("touching a file without changing it keeps the site up to date")
    func touched() throws {
        let project = try Project()
        _ = try project.build()
        let article = try project.firstArticle()
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: article.path)
        #expect(try project.build().upToDate)
    }

    @Test("an edited article, template, setting or a damaged output rebuilds",
          arguments: ["article", "template", "setting", "output", "new article", "cache"])
    func rebuilds(change: String) throws {
        let project = try Project()
        let templates = project.folder.url.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Repository.templates, to: templates)
        _ = try project.build(templates: templates)
        var baseURL = "/"
        switch change {
        case "article":
            let handle = try FileHandle(forWritingTo: try project.firstArticle())
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("\nOne more sentence for the cache test.\n".utf8))
            try handle.close()
        case "template":
            try project.folder.write("{{<layout}}{{$content}}<p>changed</p>{{/content}}{{/layout}}\n", to: "templates/404.mustache")
        case "setting":
            baseURL = "/news/"
        case "output":
            try FileManager.default.removeItem(at: project.output)
        case "new article":
            try project.folder.write("---\ntitle: A late story\n---\n\nIt arrived after the first build.\n", to: "in/late.md")
        default:
            try Data("gazette-build-state 1\nsettings\tnonsense\n".utf8).write(to: project.cache.stateFile)
        }
        let report = try project.build(templates: templates, baseURL: baseURL)
        #expect(!report.upToDate, "\(change)")
        #expect(report.files > 0)
        #expect(try project.build(templates: templates, baseURL: baseURL).upToDate, "\(change): the next build")
    }

    @Test("after one edit only changed pages are rendered, and the site equals a build without the cache")
    func pagesReused() throws {
        let project = try Project()
        let first = try project.build()
        #expect(first.pagesReused == 0)
        let article = try project.firstArticle()
        try (try String(contentsOf: article, encoding: .utf8) + "\nA sentence added for the page cache test.\n")
            .write(to: article, atomically: true, encoding: .utf8)
        let second = try project.build()
        let pages = OutputFolder.regularFiles(in: project.output).filter { $0.hasSuffix(".html") }.count
        #expect(second.pagesReused > 0)
        #expect(second.pagesReused < pages, "the edited article's page is rendered again")

        let fresh = project.folder.url.appendingPathComponent("fresh")
        let builder = try SiteBuilder(config: SiteConfig(), templatesDirectory: Repository.templates)
        _ = try builder.build(inputDirectory: project.input, output: fresh, strict: false)
        #expect(try SiteFiles.read(project.output) == SiteFiles.read(fresh))
    }

    @Test("an edit the search files do not show keeps them; one they show makes them again; the site equals a build without the cache")
    func searchFilesReused() throws {
        let project = try Project()
        let extra = project.input.appendingPathComponent("extra.md")
        func write(title: String, source: String) throws {
            try """
            ---
            title: \(title)
            slug: north-end-lamps
            source: \(source)
            date: 2015-07-22
            ---
            Mayor Luke Bronin met residents of the North End on Tuesday to talk about street lighting.

            The city will replace 300 lamps before winter, the mayor said.
            """.write(to: extra, atomically: true, encoding: .utf8)
        }
        func matchesFreshBuild() throws {
            let fresh = project.folder.url.appendingPathComponent("fresh")
            try? FileManager.default.removeItem(at: fresh)
            let builder = try SiteBuilder(config: SiteConfig(), templatesDirectory: Repository.templates)
            _ = try builder.build(inputDirectory: project.input, output: fresh, strict: false)
            #expect(try SiteFiles.read(project.output) == SiteFiles.read(fresh))
        }
        try write(title: "Lamps for the North End", source: "The Courant")
        #expect(try !project.build().searchReused)

        try write(title: "Lamps for the North End", source: "The Bugle")
        let sourceChanged = try project.build()
        #expect(!sourceChanged.upToDate)
        #expect(sourceChanged.searchReused, "search results show no source")
        try matchesFreshBuild()

        try write(title: "New lamps for the North End", source: "The Bugle")
        #expect(try !project.build().searchReused, "search results show the headline")
        try matchesFreshBuild()
    }

    @Test("a build without the cache in between makes the next cached build start afresh")
    func uncachedBuildInBetween() throws {
        let project = try Project()
        _ = try project.build()
        let article = try project.firstArticle()
        let original = try String(contentsOf: article, encoding: .utf8)
        try (original + "\nA sentence only the uncached build saw.\n").write(to: article, atomically: true, encoding: .utf8)
        let uncached = try SiteBuilder(config: SiteConfig(), templatesDirectory: Repository.templates)
        _ = try uncached.build(inputDirectory: project.input, output: project.output, strict: false)
        // Back to what the cached build saw: its state and fingerprints must not be trusted,
        // since the site on disk is the uncached build's.
        try original.write(to: article, atomically: true, encoding: .utf8)
        let report = try project.build()
        #expect(!report.upToDate)
        #expect(report.pagesReused == 0)
        let fresh = project.folder.url.appendingPathComponent("fresh")
        _ = try uncached.build(inputDirectory: project.input, output: fresh, strict: false)
        #expect(try SiteFiles.read(project.output) == SiteFiles.read(fresh))
    }

    @Test("a changed template, or an output changed since, renders every page", arguments: ["template", "output"])
    func pagesRenderedAgain(change: String) throws {
        let project = try Project()
        let templates = project.folder.url.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Repository.templates, to: templates)
        _ = try project.build(templates: templates)
        let article = try project.firstArticle()
        try (try String(contentsOf: article, encoding: .utf8) + "\nAnother sentence.\n").write(to: article, atomically: true, encoding: .utf8)
        if change == "template" {
            let layout = templates.appendingPathComponent("layout.mustache")
            try (try String(contentsOf: layout, encoding: .utf8) + "<!-- changed -->\n").write(to: layout, atomically: true, encoding: .utf8)
        } else {
            // Another tool rewrote the site: the fingerprints no longer describe its files.
            let manifest = project.output.appendingPathComponent(OutputFolder.manifestName)
            try (try String(contentsOf: manifest, encoding: .utf8) + "extra.html\n").write(to: manifest, atomically: true, encoding: .utf8)
        }
        let report = try project.build(templates: templates)
        #expect(!report.upToDate)
        #expect(report.pagesReused == 0)
    }

    @Test("page fingerprints follow every value, however deep, and refuse unknown types")
    func fingerprints() {
        let prints = PageFingerprints(seed: Hasher128())
        func page(_ context: [String: Any], template: String = "article") -> Page {
            Page(path: "a.html", template: template, context: context)
        }
        let base: [String: Any] = ["title": "A", "items": [["n": 1, "on": true]], "tags": ["x", "y"]]
        let same = prints.fingerprint(of: page(base))
        #expect(same != nil)
        #expect(prints.fingerprint(of: page(base)) == same)
        var variants: [[String: Any]] = []
        for (key, value) in [("title", "B"), ("items", [["n": 2, "on": true]]), ("tags", ["x"]), ("extra", false)] as [(String, Any)] {
            var changed = base
            changed[key] = value
            variants.append(changed)
        }
        variants.append(base.merging(["items": [["n": 1, "on": false]]]) { $1 })
        let prints2 = variants.map { prints.fingerprint(of: page($0)) }
        #expect(Set(prints2.compactMap { $0 } + [same!]).count == variants.count + 1)
        #expect(prints.fingerprint(of: page(base, template: "topic")) != same)
        #expect(PageFingerprints(seed: { var s = Hasher128(); s.add("other"); return s }()).fingerprint(of: page(base)) != same)
        #expect(prints.fingerprint(of: page(["when": Date(timeIntervalSince1970: 0)])) == nil)

        // Shared cards are hashed once, through their memo, which still follows their values.
        func card(_ title: String, root: String) -> [String: Any] {
            PageFingerprints.memoized(["title": title, "card": LazyHTML(source: "card " + root) { title }])
        }
        let listed = prints.fingerprint(of: page(["stories": [card("A", root: "")]]))
        #expect(listed != nil)
        #expect(listed == prints.fingerprint(of: page(["stories": [card("A", root: "")]])))
        #expect(listed != prints.fingerprint(of: page(["stories": [card("B", root: "")]])))
        #expect(listed != prints.fingerprint(of: page(["stories": [card("A", root: "../")]])))
    }

    @Test("page fingerprints read back as saved; another seed, another manifest or a damaged line is not read")
    func fingerprintFile() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("manifest".utf8).write(to: output.appendingPathComponent(OutputFolder.manifestName))
        let file = folder.url.appendingPathComponent("pages.cache")
        var seed = Hasher128()
        seed.add("settings")
        var prints = PageFingerprints(seed: seed)
        for (k, path) in ["index.html", "articles/a b.html", "topics/x\ty.html", "é/ü.html"].enumerated() {
            var hasher = Hasher128()
            hasher.add(UInt64(k))
            prints.pages[path] = hasher.hash
        }
        prints.pages["zero.html"] = Hash128(high: 0, low: 1)
        prints.save(to: file, output: output)
        let back = try #require(PageFingerprints.load(from: file, seed: seed, output: output))
        #expect(back.pages == prints.pages)
        #expect(PageFingerprints.load(from: file, seed: Hasher128(), output: output) == nil)

        let saved = try Data(contentsOf: file)
        for damage in ["\n", "0123\tshort.html\n", String(repeating: "g", count: 32) + "\tx.html\n",
                       String(repeating: "0", count: 32) + "\t\n", String(repeating: "0", count: 32) + " x.html\n"] {
            try (saved + Data(damage.utf8)).write(to: file)
            #expect(PageFingerprints.load(from: file, seed: seed, output: output) == nil, "\(damage)")
        }
        try Data("manifest, rewritten".utf8).write(to: output.appendingPathComponent(OutputFolder.manifestName))
        try saved.write(to: file)
        #expect(PageFingerprints.load(from: file, seed: seed, output: output) == nil)
    }

    @Test("the saved state reads back as it was written")
    func roundTrip() throws {
        var state = BuildState(
            settings: "0123456789abcdef",
            files: [FileStamp(path: "input/a b.md", size: 12, modified: 1_700_000_000_123_456_789, hash: .max),
                    FileStamp(path: "input/tab\there, café.md", size: 0, modified: -1, hash: 0)],
            manifest: FileStamp(path: ".gazette-manifest", size: 3, modified: 5, hash: 7)
        )
        state.articles = 42
        let back = try #require(BuildState(serialized: state.serialized))
        #expect(back == state)
        #expect(BuildState(serialized: "not a state") == nil)
        #expect(BuildState(serialized: "") == nil)
        for damaged in ["file\tx\t1\t2\tpath", "file\t1\t2\tpath", "file\t-1\t2\t3\tpath", "file\t1\t2\t3", "other\t1"] {
            #expect(BuildState(serialized: state.serialized + damaged + "\n") == nil, "\(damaged)")
        }
    }
}
