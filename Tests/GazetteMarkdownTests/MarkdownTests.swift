import Testing
@testable import GazetteMarkdown
