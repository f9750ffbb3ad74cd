import Testing

@testable import GazetteCore

@Suite("Local links")
struct LocalLinkTests {
    @Test("only destinations relative to the page are local", arguments: [
        ("photo.jpg", true), ("photos/a.jpg", true), ("../other.md#quote", true), ("a.pdf?download=1", true),
        ("./a:b.png", true), ("https://example.org/a.jpg", false), ("mailto:desk@example.org", false),
        ("javascript:alert(1)", false), ("JAVASCRIPT:alert(1)", false), ("a:b.png", false), ("/root.png", false),
        ("//cdn.example.org/a.png", false), ("#top", false), ("?page=2", false), ("\\\\server\\a.png", false), ("", false),
    ])
    func local(destination: String, expected: Bool) {
        #expect(LocalLink.isLocal(destination) == expected)
    }

    @Test("a destination resolves against the article's folder, inside the input folder only", arguments: [
        ("photo.jpg", "2024/story.md", "2024/photo.jpg", ""),
        ("./photos/../photo.jpg", "2024/story.md", "2024/photo.jpg", ""),
        ("../other.md#quote", "2024/story.md", "other.md", "#quote"),
        ("report%20final.pdf?x=1#p2", "story.md", "report final.pdf", "?x=1#p2"),
        ("caf%C3%A9.png", "story.md", "café.png", ""),
        ("a//b.png", "story.md", "a/b.png", ""),
        ("../photo.jpg", "story.md", nil, nil),
        ("../../etc/passwd", "2024/story.md", nil, nil),
        (".env", "story.md", nil, nil),
        ("photos/.hidden/a.png", "story.md", nil, nil),
        ("photos/", "story.md", nil, nil),
        (".", "story.md", nil, nil),
        ("bad%2", "story.md", nil, nil),
        ("bad%ZZ.png", "story.md", nil, nil),
        ("broken%FF.png", "story.md", nil, nil),
        ("line%0Abreak.png", "story.md", nil, nil),
        ("back%5Cslash.png", "story.md", nil, nil),
        ("https://example.org/a.png", "story.md", nil, nil),
    ] as [(String, String, String?, String?)])
    func resolve(destination: String, article: String, path: String?, suffix: String?) {
        let link = LocalLink(destination, in: article)
        #expect(link?.path == path)
        #expect(link?.suffix == suffix)
    }

    @Test("paths become URL paths with everything but unreserved bytes and slashes escaped")
    func encode() {
        #expect(PercentEncoding.encoded(path: "2024/harbour view.png") == "2024/harbour%20view.png")
        #expect(PercentEncoding.encoded(path: "café/a\"b<c>#?.png") == "caf%C3%A9/a%22b%3Cc%3E%23%3F.png")
        #expect(PercentEncoding.encoded(path: "a-b_c.d~e") == "a-b_c.d~e")
    }

    @Test("an alias becomes the site path of a page; what names no page of a static site is refused", arguments: [
        ("/2015/07/21/storm/", "2015/07/21/storm/index.html"),
        ("2015/07/21/storm", "2015/07/21/storm/index.html"),
        ("//news/storm.html", "news/storm.html"),
        ("/news/Storm.HTM", "news/Storm.HTM"),
        ("/caf%C3%A9/", "café/index.html"),
        ("/v1.2/story/", "v1.2/story/index.html"),
        ("/a b/", "a b/index.html"),
        ("/", nil), ("", nil), ("https://old.example.org/storm/", nil), ("/index.php?p=12", nil),
        ("/storm.php", nil), ("/storm.html#top", nil), ("/../etc/passwd.html", nil), ("/a/./b/", nil),
        ("/.git/config.html", nil), ("/a//b/", nil), ("/a\\b/", nil), ("/bad%2/", nil), ("/line%0Abreak/", nil),
        ("/broken%FF/", nil), ("/a%2F..%2F..%2Fb/", nil), ("/ lead/", nil), ("/story.html.", nil),
        (String(repeating: "a/", count: 201), nil),
    ] as [(String, String?)])
    func alias(written: String, path: String?) {
        #expect(AliasPath.normalized(written) == path)
    }
}
