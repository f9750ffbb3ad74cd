import Foundation
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

    @Test("the saved state reads back as it was written")
    func roundTrip() throws {
        var state = BuildState(
            settings: "0123456789abcdef",
            files: [FileStamp(path: "input/a b.md", size: 12, modified: 1_700_000_000_123_456_789, hash: .max)],
            manifest: FileStamp(path: ".gazette-manifest", size: 3, modified: 5, hash: 7)
        )
        state.articles = 42
        let back = try #require(BuildState(serialized: state.serialized))
        #expect(back == state)
        #expect(BuildState(serialized: "not a state") == nil)
    }
}
