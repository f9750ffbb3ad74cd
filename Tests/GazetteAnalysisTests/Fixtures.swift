import GazetteCore

/// Small hand-written articles for the analysis tests (no corpus data).
enum Fixtures {
    static func article(_ path: String, title: String? = nil, date: PublicationDate? = nil, _ paragraphs: [String]) -> Article {
        Article(path: path, format: .text, title: title ?? String(paragraphs.first?.prefix(60) ?? ""),
                titleIsDerived: title == nil, date: date, paragraphs: paragraphs,
                markdown: paragraphs.joined(separator: "\n\n"))
    }

    static let patrols = article("a.txt", title: "Activist Wants Armed Patrols in Hartford", date: PublicationDate(year: 2019, month: 9, day: 2), [
        "By Jane Doe",
        "Hartford activist Cornell Lewis wants armed citizen patrols to answer the recent gun violence in the city.",
        "Lewis said residents have asked for the patrols because they have little confidence in the Hartford police.",
        "Criminal justice professor Mike Lawlor said armed patrols carry serious legal risks for the volunteers.",
        "Do you think armed patrols are a good idea?",
        "Hartford police said anyone with a valid pistol permit may carry a gun in Connecticut.",
        "Sign up for our newsletter to get the latest headlines.",
    ])

    static let troopers = article("b.txt", title: "State Police to Help Hartford Police", date: PublicationDate(year: 2019, month: 10, day: 20), [
        "State police troopers will help the Hartford Police Department deal with a rise in gun violence.",
        "Hartford Mayor Luke Bronin asked for the help of the state police, Gov. Ned Lamont said.",
        "Bronin said the troopers will not patrol the streets of Hartford.",
        "Detectives will join the Hartford Police Department task force on violent crimes and gun violence.",
        "The city has seen many shootings since the beginning of October.",
    ])

    static let resources = article("c.txt", title: "State Commits Resources To Reduce Violence in Hartford", date: PublicationDate(year: 2015, month: 7, day: 21), [
        "Hartford will receive more state resources to deal with a spike in homicides and gun violence.",
        "“We’re offering even more resources than requested by the mayor,” Gov. Dannel P. Malloy said.",
        "Malloy met Hartford police officials and the mayor on Monday.",
        "There have been 18 homicides in Hartford this year, and the Hartford police expect more.",
        "The state will also pay for a gun buyback program in the city.",
    ])

    static let football = article("d.txt", title: "Chelsea Beat Arsenal", [
        "Chelsea beat Arsenal two goals to one at Stamford Bridge on Saturday afternoon.",
        "Frank Lampard scored the winning goal for Chelsea with a late header.",
        "The Chelsea manager praised his players for their determination in the second half.",
    ])

    static let hartford = [patrols, troopers, resources]
}

/// A seeded 64-bit LCG (Knuth's MMIX constants): the same numbers on every run and machine.
struct SeededNumbers {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`, from the state's high bits.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33) % bound
    }
}
