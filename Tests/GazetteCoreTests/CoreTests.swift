import Testing
@testable import GazetteCore
