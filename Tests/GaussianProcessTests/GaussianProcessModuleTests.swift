import Testing
@testable import GaussianProcess
