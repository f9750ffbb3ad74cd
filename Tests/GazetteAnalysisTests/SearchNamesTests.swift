import GazetteCore
import Testing

@testable import GazetteAnalysis

@Suite("Search names")
struct SearchNamesTests {
    static let article = Fixtures.article("n.txt", title: "Hartford Budget Vote", [
        "The council met on Monday. Mayor Luke Bronin said the O’Neill plan would pass.",
        "But the vote was close, said Zoë Ørsted of Hartford. The mayor left early.",
    ])

    @Test("entities first, then capitalised body words seen only capitalised, never title words")
    func names() {
        let names = SearchNames.names(article: Self.article, entities: ["Luke Bronin", "Hartford"])
        // "Mayor" and "The" also appear in lower case; "But" does not, so it counts as a name.
        #expect(names == ["Luke Bronin", "Monday", "Luke", "Bronin", "O’Neill", "But", "Zoë", "Ørsted"])
    }

    @Test("at most `limit` names")
    func limit() {
        #expect(SearchNames.names(article: Self.article, entities: ["Luke Bronin"], limit: 2) == ["Luke Bronin", "Monday"])
    }

    @Test("the text pass keeps the names with the article's first entities")
    func textPass() {
        let text = ArticleText(article: Self.article, splitter: SentenceSplitter())
        let entities = text.entities.prefix(Analyzer.entitiesShown).map(\.entity.name)
        #expect(!text.searchNames.isEmpty)
        #expect(text.searchNames == SearchNames.names(article: Self.article, entities: entities))
    }
}
