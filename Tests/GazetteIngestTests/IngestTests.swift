import Testing
@testable import GazetteIngest
