import LinearAlgebra
import Testing

@testable import Datasets

@Suite("CSV reader: numbers out of Float range, and hints a file's owner can act on")
struct CSVNumberRangeTests {
    @Test("a feature cell too large for a Float is reported as out of range, naming file, line and column")
    func featureOutOfRange() {
        for text in ["1e39", "1e308", "-3.5e38", "1e400"] {
            let error = readCSV("a,b,y\n1,2,0\n3,\(text),1\n5,6,0\n").error
            #expect(error == .outOfRange(file: "data.csv", line: 3, column: 2, columnName: "b", text: text))
            let message = "data.csv:3:2: column 'b': '\(text)' is out of the range of 32-bit floats (±3.4e38)"
            #expect(error?.description == message)
            #expect(error?.line == 3 && error?.column == 2 && error?.file == "data.csv")
        }
    }

    @Test("an out-of-range cell is an error under every missing-value policy: it is not missing")
    func outOfRangeIsNeverDroppedOrImputed() {
        for missing in [MissingValuePolicy.dropRows, .imputeMean, .imputeMedian] {
            let error = readCSV("a,y\n1,0\n1e39,1\n3,0\n", CSVOptions(missing: missing)).error
            #expect(error == .outOfRange(file: "data.csv", line: 3, column: 1, columnName: "a", text: "1e39"))
        }
    }

    @Test("a regression target too large for a Float is reported as out of range")
    func targetOutOfRange() {
        let error = readCSV("a,y\n1,0.5\n2,1e39\n3,2.5\n").error
        #expect(error == .outOfRange(file: "data.csv", line: 3, column: 2, columnName: "y", text: "1e39"))
    }

    @Test("values that fit a Float parse, down to the extremes and subnormals")
    func valuesThatFitParse() throws {
        let data = try #require(readCSV("a,y\n3.4e38,0.5\n-3.4e38,1.5\n1e-40,2.5\n0,3.5\n1e-50,4.5\n").value)
        #expect(data.features.column(0) == [3.4e38, -3.4e38, 1e-40, 0, 0])
    }

    @Test("infinity and NaN spelled out are not numbers; digits are never called not a number")
    func classification() {
        #expect(CSVNumber("1e39") == .outOfRange)
        #expect(CSVNumber("-1e308") == .outOfRange)
        #expect(CSVNumber("inf") == .notANumber && CSVNumber("-Infinity") == .notANumber)
        #expect(CSVNumber("nan") == .notANumber && CSVNumber("abc") == .notANumber)
        #expect(CSVNumber("2.5e3") == .number(2500))
    }

    @Test("hints name what can be done to the file, never Swift API values")
    func hintsNameFileEdits() {
        let errors = [
            readCSV("a,y\n1,0\nNaN,1\n").error, readCSV("a,y\n1,0\n2,\n3,1\n", CSVOptions(missing: .imputeMean)).error,
            readCSV("a,color,y\n1,red,0\n2,blue,1\n").error,
        ]
        for error in errors {
            let text = error?.description ?? ""
            #expect(!text.isEmpty)
            #expect(!text.contains(".dropRows") && !text.contains("missing:") && !text.contains("nonNumericFeatures"))
            #expect(!text.contains("ignoredColumns") && !text.contains(".oneHot"), "\(text)")
        }
        let message = "data.csv:3:1: column 'a': missing value; remove the row or fill in the value"
        #expect(errors[0]?.description == message)
    }
}
