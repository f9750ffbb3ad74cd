import Testing
@testable import GazetteAnalysis
