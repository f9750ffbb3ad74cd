/// Invented articles in the layouts scraped news archives come in. None is real text.
enum Fixtures {
    /// Masthead, tagline, title, byline-and-date line, categories, photo credits, a credit line,
    /// empty tags, a share prompt, a comment thread and a footer menu.
    static let masthead = """
    Riverside Ledger

    Independent news for the valley, since before the bridge was built.

    Council Approves New Footbridge Over Mill Creek

    by Dana Whitfield | Mar 3, 2019 9:15am (2) Comments | Share
    Posted to: Transportation, City Council, , Budget

    Peter Alvarez photo The city council voted 6-1 on Monday to build a footbridge over Mill Creek, ending a decade of debate.

    Construction is expected to start in the spring and to cost about $2.4 million, according to the public works director.

    “It’s about time,” said resident Ola Brandt.

    The lone vote against came from Councilor Ray Ostrowski, who said the money should go to road repairs first.

    Lena Park contributed to this report.

    Tags: , footbridge, , Mill Creek

    Share this story with others.

    Comments

    (2) Archived Comments

    posted by: creekwatcher | March 3, 2019  10:02am

    Finally! I have waited years for this.

    posted by: skeptic42 | March 3, 2019  11:40am

    Another waste of money.

    Riverside Network

    Categories

    Our Sponsors

    Sponsored Messages
    """

    /// Kicker, title, owner line, paragraphs separated by blank lines, "Contact Us" footer.
    static let kicker = """
    Weather

    Storm Knocks Out Power to Thousands Across the County

    Harbor Media Group, Inc.

    A late-season storm brought down trees and power lines across the county on Tuesday night.

    About 14,000 customers were without power at the peak of the outage, the utility said.

    Crews from three neighboring states were called in to help.

    "We ask for patience," a utility spokeswoman said.

    Contact Us
    """

    /// No title, one paragraph per line, a newsletter prompt and a lone section label inside.
    static let untitled = """
    Volunteers planted more than 300 trees along the river trail on Saturday - the largest planting the group has organized in its twelve-year history.
    “We started with six people and a borrowed truck,” said organizer Mina Castellanos.
    The saplings include oaks, maples and river birches chosen to survive flooding.
    Get the best local stories delivered to your inbox every morning. >Sign up for our Morning Briefing newsletter.
    The city provided mulch and water tanks, and a nursery donated half of the trees.
    Environment
    Organizers plan a second planting in the fall if enough volunteers sign up.
    """

    /// Title, blank line, one paragraph per line.
    static let titleThenLines = """
    Could the orchard survive a second frost?

    Apple growers in the northern valley fear a second frost this week could ruin what is left of the crop.
    Temperatures are forecast to drop below freezing on Thursday night, forecasters said.
    Growers have been running wind machines and lighting heaters among the trees since Sunday.
    """

    /// A wire story: dateline at the start of the lede.
    static let wire = """
    Ferry Service Resumes After Two-Week Halt

    PORTLAND, Maine (AP) — Ferry service to the outer islands resumed on Friday after a two-week halt caused by engine trouble.

    The operator said both vessels had passed inspection.
    """

    /// A scraped tabloid page: the byline and dates glued to the start of the text.
    static let tabloid = """
    By . Sam Okafor . PUBLISHED: . 08:58 EST, 5 March 2014 . | . UPDATED: . 10:12 EST, 5 March 2014 . A retired postman has walked the length of the country in 40 days to raise money for a children's hospital. He set off from the southern coast in January with a backpack and a map.
    """

    /// An agency tag glued to the lede.
    static let agencyTag = """
    (CNN)A small museum in the hills has found a lost painting in its own basement. Curators said the canvas had been mislabeled for more than 60 years.
    """

    /// Hard-wrapped text with a title.
    static let wrapped = """
    Library Extends Weekend Hours

    The central library will open on Sundays from next month, the board
    announced on Wednesday, after a petition signed by more than 2,000
    residents asked for longer weekend hours at the main branch.

    The extra hours will be paid for by a grant from a local foundation
    and will be reviewed after one year, a spokesperson for the library
    said in a statement released to reporters on Wednesday afternoon.
    """
}
