import Testing
@testable import GazetteSite
