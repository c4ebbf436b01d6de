import Testing

@testable import Tuning

/// Choices that could never be matched or passed on, and names that would split an error message.
@Suite struct SearchSpaceHostileInputTests {
    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteCategoricalChoiceIsRefused(_ x: Double) {
        let error = #expect(throws: SearchSpaceError.self) {
            try SearchSpace([Parameter(name: "c", domain: .categorical([.float(x), .float(1e-300), .bool(false)]))])
        }
        guard case .nonFiniteChoice(let name, .float(let choice))? = error else {
            Issue.record("expected nonFiniteChoice, got \(String(describing: error))")
            return
        }
        #expect(name == "c" && !choice.isFinite)
    }

    @Test func nonFiniteFixedValueIsRefused() {
        #expect(throws: SearchSpaceError.self) {
            try SearchSpace([Parameter(name: "f", domain: .fixed(.float(.infinity)))])
        }
    }

    @Test func finiteChoicesAreStillAccepted() throws {
        let space = try SearchSpace([Parameter(name: "c", domain: .categorical([.float(1e-300), .bool(false)]))])
        #expect(space.count == 1)
    }

    @Test func parameterNameWithANewlineGivesOneLine() {
        let e = SearchSpaceError.emptyRange(parameter: "p\n0", low: 1, high: 0)
        #expect(e.description == "parameter 'p\\n0': low (1.0) must be below high (0.0)")
        #expect(
            SearchSpaceError.nonFiniteChoice(parameter: "a\u{2028}b", choice: .float(.nan)).description
                == "parameter 'a\\u{2028}b': choice 'nan' is not a finite number (NaN and ±inf are not allowed)")
    }

    @Test func escapingLeavesPlainNamesAndBackslashesAlone() {
        #expect("lr_1".escapingControlCharacters == "lr_1")
        #expect("a\\nb".escapingControlCharacters == "a\\nb")
        #expect("a\tb\r\0\u{7F}".escapingControlCharacters == "a\\tb\\r\\0\\u{7F}")
    }
}
