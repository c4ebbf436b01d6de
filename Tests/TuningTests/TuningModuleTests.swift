import Testing
@testable import Tuning
