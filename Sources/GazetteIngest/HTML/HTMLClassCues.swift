/// What class names, ids and roles say about an element: boilerplate or main content.
///
/// Attribute values are split into words at anything that is not a letter or digit and at
/// lower-to-upper case changes (`relatedPosts` → `related`, `posts`), then matched as whole
/// words, so `ad` matches `ad-slot` but not `header` or `load`.
enum HTMLClassCues {
    /// Words that mark an element as boilerplate wherever they appear.
    static let boilerplate: Set<String> = [
        "comment", "comments", "commentlist", "disqus", "respond", "replies",
        "share", "sharing", "sharedaddy", "shares", "social", "socials", "sociallinks",
        "related", "recommended", "recommendations", "more", "readmore", "popular", "trending",
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin",
        "promo", "promotion", "promoted", "ad", "ads", "advert", "adverts", "advertisement", "adsense",
        "adslot", "dfp", "sponsor", "sponsored", "outbrain", "taboola", "affiliate",
        "sidebar", "widget", "widgets", "footer", "cookie", "cookies", "consent", "gdpr",
        "breadcrumb", "breadcrumbs", "menu", "nav", "navbar", "navigation", "topbar", "masthead",
        "byline", "author", "authors", "bio", "avatar", "meta", "postmeta", "dateline", "timestamp",
        "tags", "tagcloud", "tag", "categories", "pagination", "pager", "prevnext",
        "popup", "modal", "overlay", "banner", "skip", "print", "login", "toolbar", "rating",
        "credit", "credits", "copyright",
        "caption", "wp-caption", "disclaimer", "jump", "toc", "subnav", "crumbs",
    ]

    /// Words that mark an element as (part of) the main content.
    static let content: Set<String> = [
        "article", "articlebody", "content", "entry", "main", "post", "story", "storybody", "body",
        "text", "blog", "prose", "richtext", "hentry", "page",
    ]

    /// Roles that are never main content.
    static let boilerplateRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog",
        "alert", "alertdialog", "tooltip",
    ]

    /// The class and id words of `node`, lower-cased.
    static func words(of node: HTMLNode) -> [String] {
        let raw = (node[attribute: "class"] ?? "") + " " + (node[attribute: "id"] ?? "")
        guard raw.count > 1 else { return [] }
        var words: [String] = []
        var current = ""
        var previousLower = false
        for character in raw {
            if character.isLetter || character.isNumber {
                if character.isUppercase, previousLower, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(Character(character.lowercased()))
                previousLower = character.isLowercase
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousLower = false
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Negative minus positive evidence, roughly readability's class weight (±25 per side).
    static func weight(of node: HTMLNode) -> Double {
        let words = words(of: node)
        var weight = 0.0
        if words.contains(where: boilerplate.contains) { weight -= 25 }
        if words.contains(where: content.contains) { weight += 25 }
        if node[attribute: "itemprop"]?.lowercased().contains("articlebody") == true { weight += 50 }
        return weight
    }

    /// True when the class, id or role of `node` say it is boilerplate. Strong words always win;
    /// weak ones lose to a content word on an element holding at least 300 characters of text.
    static func isBoilerplate(_ node: HTMLNode) -> Bool {
        if let role = node[attribute: "role"]?.lowercased(), boilerplateRoles.contains(role) { return true }
        if node[attribute: "itemprop"]?.lowercased().contains("articlebody") == true { return false }
        let raw = node.classAndID
        if hiddenClasses.contains(where: raw.contains) { return true }
        let words = words(of: node)
        if words.contains(where: strong.contains) { return true }
        guard words.contains(where: boilerplate.contains) else { return false }
        return !(words.contains(where: content.contains) && node.textLength >= 300)
    }

    /// Class names that hide text from sighted readers.
    private static let hiddenClasses = ["sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "hidden-xs hidden-sm hidden-md hidden-lg"]

    /// True for comment sections, which may hold more text than the article they follow.
    static func isComments(_ node: HTMLNode) -> Bool {
        words(of: node).contains { commentWords.contains($0) }
    }

    private static let commentWords: Set<String> = ["comment", "comments", "commentlist", "disqus", "respond", "replies"]

    /// Boilerplate words strong enough to win over content words (`comment-content`).
    private static let strong: Set<String> = [
        "comment", "comments", "commentlist", "disqus", "share", "sharing", "social", "related",
        "newsletter", "subscribe", "signup", "sidebar", "cookie", "consent", "breadcrumb", "breadcrumbs",
        "outbrain", "taboola", "sponsored", "advertisement", "ad", "ads", "promo",
    ]
}
