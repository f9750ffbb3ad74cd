import GazetteCore
import Testing
@testable import GazetteIngest

@Suite("Printed dates")
struct DateParserTests {
    static let cases: [(String, PublicationDate?)] = [
        ("by | Jul 21, 2015 5:30am () Comments", PublicationDate(year: 2015, month: 7, day: 21, hour: 5, minute: 30)),
        ("July 21, 2015", PublicationDate(year: 2015, month: 7, day: 21)),
        ("2015-07-21", PublicationDate(year: 2015, month: 7, day: 21)),
        ("2015-07-21T05:30:00-04:00", PublicationDate(year: 2015, month: 7, day: 21, hour: 5, minute: 30, second: 0, utcOffsetMinutes: -240)),
        ("2015-07-21 17:45Z", PublicationDate(year: 2015, month: 7, day: 21, hour: 17, minute: 45, utcOffsetMinutes: 0)),
        ("21 July 2015", PublicationDate(year: 2015, month: 7, day: 21)),
        ("7/21/2015", PublicationDate(year: 2015, month: 7, day: 21)),
        ("Updated: Sept. 3, 2019 at 12:07 p.m. EDT", PublicationDate(year: 2019, month: 9, day: 3, hour: 12, minute: 7, utcOffsetMinutes: -240)),
        ("posted by: x | July 21, 2015\u{00A0}\u{00A0}8:08pm", PublicationDate(year: 2015, month: 7, day: 21, hour: 20, minute: 8)),
        ("08:58 EST, 5 March 2014", PublicationDate(year: 2014, month: 3, day: 5, hour: 8, minute: 58, utcOffsetMinutes: -300)),
        ("12am on Jan 1, 2020", PublicationDate(year: 2020, month: 1, day: 1)),
        ("Jan 1, 2020 12am", PublicationDate(year: 2020, month: 1, day: 1, hour: 0, minute: 0)),
        ("Feb 30, 2015", nil),
        ("13/45/2015", nil),
        ("The market fell 5 percent in 2015", nil),
        ("May 2015 was warm", nil),
    ]

    @Test("formats news sites print", arguments: cases)
    func parse(_ text: String, _ expected: PublicationDate?) {
        #expect(DateParser.firstDate(in: text) == expected)
    }

    @Test("digits from other scripts never crash the parser", arguments: [
        "２０１５-01-01", "2015-０１-01", "Oct. ２１, 2015", "21 October ２０１５", "１０/21/2015", "٢٠١٥-01-01",
    ])
    func foreignDigits(_ text: String) {
        #expect(DateParser.firstDate(in: text) == nil)
        #expect(DateParser.parse(text) == nil)
    }
}

@Suite("A date stamp before the first sentence")
struct LeadingStampTests {
    static let est = -300
    static let cases: [(String, PublicationDate?, String)] = [
        ("12/28/2015 AT 04:50 PM EST Like a lot of professional funny people, she jokes.",
         PublicationDate(year: 2015, month: 12, day: 28, hour: 16, minute: 50, utcOffsetMinutes: est),
         "Like a lot of professional funny people, she jokes."),
        ("Dec. 28, 2015, 4:50 p.m. — The council met.", PublicationDate(year: 2015, month: 12, day: 28, hour: 16, minute: 50),
         "The council met."),
        ("Published: 28 December 2015 | “We won,” she said.", PublicationDate(year: 2015, month: 12, day: 28),
         "“We won,” she said."),
        ("2015-12-28 The ferry ran again.", PublicationDate(year: 2015, month: 12, day: 28), "The ferry ran again."),
        ("Updated Jul 7, 2012 6:40 PM ET Juventus lead the chase.", PublicationDate(year: 2012, month: 7, day: 7, hour: 18, minute: 40),
         "Juventus lead the chase."),
        // Kept as written: no capital after the date, no real month, a bare number, prose.
        ("May 5, 2015 was a dark day.", nil, "May 5, 2015 was a dark day."),
        ("Police 28, 2015 Arrests rose.", nil, "Police 28, 2015 Arrests rose."),
        ("12/28/2015 5 Things to know.", nil, "12/28/2015 5 Things to know."),
        ("13/45/2015 The numbers are not a date.", nil, "13/45/2015 The numbers are not a date."),
        ("The council met on 12/28/2015.", nil, "The council met on 12/28/2015."),
    ]

    @Test("taken off, and read as the date, only when it is one", arguments: cases)
    func stamp(text: String, date: PublicationDate?, rest: String) {
        let (stripped, prefix) = LedeCleaner.strip(text)
        #expect(prefix.date == date)
        #expect(stripped == rest)
    }
}
