/// Word lists shared by the tokenizer, key phrases, entities and topics.
///
/// All entries are lower-case. The lists are fixed at compile time, so every run sees the same words.
enum StopWords {
    /// Function words: never the start or end of a key phrase, never weighed in similarity.
    static let function: Set<String> = Set("""
    a about above across after afterwards again against all almost alone along already also although always am \
    among amongst an and another any anybody anyone anything anyway anywhere are around as at back be became \
    because become becomes been before beforehand behind being below beside besides between beyond both but by \
    can cannot could did do does doing done down during each either else elsewhere enough etc even ever every \
    everyone everything everywhere except few for former formerly from further had has have having he hence her \
    here hers herself him himself his how however i if in indeed into is it its itself just last least less \
    many may me meanwhile might mine more moreover most mostly much must my myself namely neither never \
    nevertheless next no nobody none nor not nothing now nowhere of off often on once one only onto or other \
    others otherwise our ours ourselves out over own per perhaps please quite rather re really same seem seemed \
    seeming seems several she should since so some somehow someone something sometime sometimes somewhere \
    still such than that the their theirs them themselves then thence there thereafter thereby therefore \
    therein thereupon these they this those though through throughout thru thus to together too toward towards \
    under until up upon us very via was we well were what whatever when whence whenever where whereafter \
    whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why \
    will with within without would yet you your yours yourself yourselves ll ve don didn doesn isn wasn aren \
    weren won wouldn couldn shouldn hasn haven hadn s t d m o re mr mrs ms dr st jr sr
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Words too generic to name a topic or be a key phrase on their own ("said", "year", "people").
    static let generic: Set<String> = Set("""
    said says say saying told tell tells asked ask added add adds according according noted explained \
    year years yesterday today tomorrow week weeks month months day days time times people person man men \
    woman women thing things way ways lot lots part parts number numbers new old first second third last \
    good bad big small great little long high low right left best better worse worst make makes made get gets \
    got going go goes went come comes came take takes took want wants wanted know knows knew think thinks \
    thought see sees saw look looks looked use used uses need needs needed found find finds give gives gave \
    put puts work works working called call calls set sets show shows showed shown help helps like likely \
    including include includes included following follow end ends ended start starts started place places \
    case cases point points issue issues group groups report reports reported news story stories world \
    monday tuesday wednesday thursday friday saturday sunday january february march april june july \
    august september october november december morning afternoon evening night weekend early late \
    two three four five six seven eight nine ten hundred thousand million billion percent cent per \
    mr mrs ms dr told statement statements comment comments spokesman spokeswoman official officials \
    area areas really just very much many lot far able whether recent recently currently current former \
    make making spokesperson getty images image photo photos video pictured caption copyright
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    private static let functionFlag: UInt8 = 1, genericFlag: UInt8 = 2
    private static let table = WordTable(function.map { ($0, functionFlag) } + generic.map { ($0, genericFlag) })

    /// True for function words and generic words alike, and for contractions of function words.
    static func isStop(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { flags(bytes: $0) } != 0
    }

    /// `function.contains(word)`, faster; also true for a contraction of a function word.
    static func isFunction(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { flags(bytes: $0) } & functionFlag != 0
    }

    static func isFunction(bytes word: UnsafeBufferPointer<UInt8>) -> Bool {
        flags(bytes: word) & functionFlag != 0
    }

    /// What follows the apostrophe of a contraction ("don't", "they’re", "we've", "it'll", "I'd").
    static let contractionEndings: Set<String> = ["t", "s", "re", "ve", "ll", "d", "m"]

    /// The word's flags; a word the lists lack that is a function word, an apostrophe (' or ’)
    /// and a contraction's ending counts as a function word ("don’t", "they're", not "O'Brien").
    private static func flags(bytes word: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let listed = table.flags(bytes: word)
        guard listed == 0, let apostrophe = word.firstIndex(where: { $0 == 0x27 || $0 == 0xE2 }) else { return listed }
        let width = word[apostrophe] == 0x27 ? 1
            : apostrophe + 2 < word.count && word[apostrophe + 1] == 0x80 && word[apostrophe + 2] == 0x99 ? 3 : 0
        guard width > 0 else { return 0 }
        let head = UnsafeBufferPointer(rebasing: word[..<apostrophe])
        let tail = String(decoding: UnsafeBufferPointer(rebasing: word[(apostrophe + width)...]), as: UTF8.self)
        return contractionEndings.contains(tail) && table.flags(bytes: head) & functionFlag != 0 ? functionFlag : 0
    }
}
