import Foundation
import Testing
import Tuning

@testable import TuningReport

/// The command line's one-line JSON and its plain-text tables.
@Suite struct JSONValueTests {
    @Test func objectsKeepTheirKeyOrderAndParametersAreSorted() {
        let value = JSONValue.object([("z", .int(1)), ("a", JSONValue(["b": .float(0.5), "a": .string("x")]))])
        #expect(value.text == "{\"z\":1,\"a\":{\"a\":\"x\",\"b\":0.5}}")
    }

    @Test func nonFiniteAndAbsentNumbersAreNull() {
        #expect(JSONValue(Double?.none).text == "null")
        #expect(JSONValue(Double.nan).text == "null")
        #expect(JSONValue.number(.infinity).text == "null")
        #expect(JSONValue.array([.bool(true), .null, .number(-2.5)]).text == "[true,null,-2.5]")
    }

    @Test func stringsEscapeQuotesBackslashesAndControlCharacters() throws {
        let raw = "a\"b\\c\nd\te\u{01}é"
        let quoted = JSONValue.quote(raw)
        #expect(quoted == "\"a\\\"b\\\\c\\nd\\te\\u0001é\"")
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        #expect(decoded == [raw])
    }

    @Test func tablesPadEveryColumnButTheLast() {
        #expect(TextTable.render([]) == "")
        #expect(TextTable.render([["a", "bb", "c"], ["ccc", "d", ""]]) == "a    bb  c\nccc  d")
    }
}
