import Testing
@testable import GazetteServe
