import Dispatch
import Foundation
import GazetteCore

/// A page written, for the sitemap.
struct SitemapEntry: Sendable {
    var path: String
    var lastmod: String?
    /// The page's fingerprint, when `PageWriter` has fingerprints to compare with.
    var fingerprint: Hash128?
    /// Whether the previous site's page was kept rather than rendered again.
    var reused = false
}

/// Renders and writes the HTML pages in chunks, each chunk in parallel on all cores.
/// Only one chunk of rendered pages is in memory at a time.
///
/// With the fingerprints of the previous build, a page whose fingerprint is unchanged is kept
/// from the previous site (`OutputFolder.reuse`) instead of rendered.
struct PageWriter {
    let builder: SiteBuilder
    let model: SiteModel
    let previous: PageFingerprints?
    /// With fingerprints: the keys of pages (and topic feeds) worked out from the model.
    let keys: PageKeys?
    let chunkSize = 256
    /// Adds up the processor time of rendering each page with its template, when set.
    let templateClock: TemplateClock?

    init(builder: SiteBuilder, model: SiteModel, previous: PageFingerprints?, templateClock: TemplateClock? = nil) {
        self.builder = builder
        self.model = model
        self.previous = previous
        self.templateClock = templateClock
        keys = previous.map { PageKeys(model: model, seed: $0.seed) }
    }

    func writePages(into folder: inout OutputFolder) throws -> [SitemapEntry] {
        // Made here and dropped after: its card cache holds every story card.
        let contexts = PageContexts(model: model, templates: builder.templates)
        let jobs = PageJob.all(for: model, contexts: contexts)
        var entries: [SitemapEntry] = []
        entries.reserveCapacity(jobs.count)
        var start = 0
        while start < jobs.count {
            let chunk = Array(jobs[start..<min(start + chunkSize, jobs.count)])
            let written = try render(chunk, contexts: contexts, folder: folder)
            folder.record(written.map(\.path))
            entries += written
            start += chunk.count
            builder.progress?(BuildProgress(stage: "write", done: start, total: jobs.count))
        }
        return entries
    }

    /// Renders and stores one chunk concurrently; results keep the chunk's order. A page with a
    /// key (`PageKeys`) is looked up by it before its values are built.
    private func render(_ chunk: [PageJob], contexts: PageContexts, folder: OutputFolder) throws -> [SitemapEntry] {
        let results = ResultSlots<Result<SitemapEntry, Error>>(count: chunk.count)
        DispatchQueue.concurrentPerform(iterations: chunk.count) { index in
            results[index] = Result {
                let keyed = keys?.key(for: chunk[index])
                if let keyed, previous?.pages[keyed.path] == keyed.key, try folder.reuse(keyed.path) {
                    return SitemapEntry(path: keyed.path, lastmod: lastmod(of: chunk[index]), fingerprint: keyed.key, reused: true)
                }
                let page = contexts.page(for: chunk[index])
                assert(keyed == nil || keyed?.path == page.path)
                let fingerprint = keyed?.key ?? previous?.fingerprint(of: page)
                var entry = SitemapEntry(path: page.path, lastmod: lastmod(of: chunk[index]), fingerprint: fingerprint)
                if keyed == nil, let fingerprint, previous?.pages[page.path] == fingerprint, try folder.reuse(page.path) {
                    entry.reused = true
                    return entry
                }
                let html = try templateClock.map { try $0.measure { try builder.templates.render(page) } }
                    ?? builder.templates.render(page)
                try folder.store(Data(html.utf8), at: page.path)
                return entry
            }
        }
        return try results.values.map { try $0!.get() }
    }

    /// Articles carry the day of their last revision, else of their publication; list pages
    /// change with every build, so they carry none.
    private func lastmod(of job: PageJob) -> String? {
        guard case .article(let index) = job else { return nil }
        return model.corpus.articles[index].lastChange?.dayString
    }
}

/// Fixed slots that concurrent iterations fill, each its own index.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { storage } }
}
