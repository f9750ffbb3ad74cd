import Foundation
import GazetteCore
import Testing
@testable import GazetteIngest

/// The three sample articles in the repository's `seeds/` folder.
@Suite("Seeds")
struct SeedTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    func load() throws -> [String: Article] {
        let result = ArticleLoader().load(try ArticleLoader.inputFiles(in: Self.seeds))
        #expect(result.diagnostics.isEmpty)
        return Dictionary(uniqueKeysWithValues: result.articles.map { (String($0.path.prefix(3)), $0) })
    }

    @Test("titles, dates, sources and categories")
    func metadata() throws {
        let articles = try load()
        let cornell = try #require(articles["000"])
        #expect(cornell.titleIsDerived)
        #expect((10...120).contains(cornell.title.count))
        let police = try #require(articles["001"])
        #expect(police.title == "State Police to Help Hartford Police Amid Recent Increase in Shootings")
        let state = try #require(articles["002"])
        #expect(state.title == "State Commits Resources To Reduce Violence in Hartford")
        #expect(state.date == PublicationDate(year: 2015, month: 7, day: 21, hour: 5, minute: 30))
        #expect(state.source?.contains("CT News Junkie") == true)
        #expect(state.categories.contains("Public Safety"))
        #expect(state.credits == ["Madeline Stocker contributed to this report."])
    }

    @Test("no boilerplate in the bodies, no text lost")
    func bodies() throws {
        let articles = try load()
        for article in articles.values {
            for chrome in ["Sign up for NBC Connecticut", "Contact Us", "Sponsored Messages", "Share this story with others",
                           "Commenting has expired", "posted by", "Archived Comments", "Tags:", "Posted to:",
                           "Christine Stuart photo", "Our Partners", "Connecticut Network", "NBC Universal"] {
                #expect(!article.bodyText.contains(chrome), "\(article.path) keeps \(chrome)")
                #expect(!article.markdown.contains(chrome), "\(article.path) keeps \(chrome)")
            }
        }
        let cornell = try #require(articles["000"])
        #expect(cornell.paragraphs.count == 13)
        #expect(cornell.paragraphs.first?.hasPrefix("Addressing gun violence in Hartford") == true)
        #expect(!cornell.paragraphs.contains("Local"))
        #expect(try #require(articles["001"]).paragraphs.count == 14)
        let state = try #require(articles["002"])
        #expect(state.paragraphs.count == 19)
        #expect(state.paragraphs.first?.hasPrefix("It’s not everything the city of Hartford wanted") == true)
        #expect(state.paragraphs.last == "He said people are shooting people “at the drop of a hat,” which is “difficult to understand.”")
    }
}
