import LinearAlgebra
import Testing

@testable import Datasets

@Suite("CSV reader: malformed files and missing values")
struct CSVMalformedTests {
    @Test("a ragged row names its line and both field counts")
    func raggedRow() {
        let error = readCSV("a,b,y\n1,2,0\n3,4\n5,6,1\n").error
        #expect(error == .raggedRow(file: "data.csv", line: 3, expected: 3, found: 2))
        #expect(error?.description == "data.csv:3: row has 2 fields, expected 3")
    }

    @Test("a bad number names file, line, column number and column name")
    func badNumber() {
        let error = readCSV("id,age,y\n1,30,0\n2,31,1\n3,abc,0\n4,33,1\n").error
        #expect(error == .notANumber(file: "data.csv", line: 4, column: 2, columnName: "age", text: "abc"))
        #expect(error?.description == "data.csv:4:2: column 'age': 'abc' is not a number")
        #expect(error?.line == 4 && error?.column == 2 && error?.file == "data.csv")
    }

    @Test("a mostly text feature column is an error naming the column unless one-hot is asked")
    func nonNumericColumn() {
        let error = readCSV("a,color,y\n1,red,0\n2,blue,1\n").error
        #expect(error == .nonNumericColumn(file: "data.csv", line: 2, column: 2, columnName: "color", text: "red"))
        #expect(error?.description.contains("column 'color' is not numeric") == true)
    }

    @Test("quoting errors: unterminated quote, text after a closing quote")
    func badQuotes() {
        #expect(
            readCSV("a,y\n\"1,0\n2,1\n").error
                == .badQuote(file: "data.csv", line: 2, column: 1, reason: "quoted field is never closed"))
        #expect(
            readCSV("a,y\n\"1\"x,0\n").error
                == .badQuote(file: "data.csv", line: 2, column: 1, reason: "unexpected text after closing quote"))
    }

    @Test("unknown target column (name or index) lists the available columns")
    func unknownTarget() {
        let byName = readCSV("a,b\n1,2\n", CSVOptions(target: .name("label"))).error
        #expect(byName == .unknownColumn(file: "data.csv", column: "'label'", available: ["a", "b"]))
        #expect(byName?.description == "data.csv: unknown column 'label'; columns are 'a', 'b'")
        #expect(readCSV("a,b\n1,2\n", CSVOptions(target: .index(5))).error?.description.contains("index 5") == true)
    }

    @Test("empty files, header-only files, bad delimiters, unknown class names")
    func otherErrors() {
        #expect(readCSV("").error == .empty(file: "data.csv"))
        #expect(readCSV("a,b\n").error == .empty(file: "data.csv"))
        #expect(
            readCSV("a,y\n1,0\n", CSVOptions(delimiter: "\"")).error?.description.hasPrefix("invalid delimiter") == true
        )
        #expect(
            readCSV("a,y\n1,cat\n2,cow\n", CSVOptions(classNames: ["cat", "dog"])).error
                == .unknownClass(file: "data.csv", line: 3, column: 2, label: "cow", classNames: ["cat", "dog"]))
        #expect(
            readCSV("a,y\n1,x\n", CSVOptions(task: .regression)).error
                == .notANumber(file: "data.csv", line: 2, column: 2, columnName: "y", text: "x"))
        if case .unreadable(let file, let reason)? = Result(catching: { () throws(DatasetError) in
            try Dataset.csv(path: "/nonexistent/dir/x.csv")
        }).error {
            #expect(file == "/nonexistent/dir/x.csv" && reason == "no such file")
        } else {
            Issue.record("expected .unreadable")
        }
    }

    // Rows 3 and 5 have a missing feature (empty, then `?`); row 4 has `NA`; row 6 a non-number.
    static let missingText = "a,b,y\n1,10,0\n,20,1\n3,NA,0\n?,40,1\n5,x,0\n7,60,1\n"

    @Test("missing cells are an error by default, naming the first one")
    func missingError() {
        let error = readCSV(Self.missingText).error
        #expect(
            error
                == .missingValue(
                    file: "data.csv", line: 3, column: 1, columnName: "a",
                    hint: "remove the row or fill in the value"))
        #expect(error?.description.hasPrefix("data.csv:3:1: column 'a': missing value") == true)
    }

    @Test("dropRows drops every row with a missing or non-numeric cell")
    func missingDrop() throws {
        let data = try #require(readCSV(Self.missingText, CSVOptions(missing: .dropRows)).value)
        #expect(data.features == Matrix([[1, 10], [7, 60]]))
        #expect(data.target.labels == [0, 1])
    }

    @Test("imputeMean and imputeMedian fill from the column's present values")
    func missingImpute() throws {
        // Column a present: 1, 3, 5, 7 → mean 4, median 4; column b present: 10, 20, 40, 60 → mean 32.5, median 30.
        let mean = try #require(readCSV(Self.missingText, CSVOptions(missing: .imputeMean)).value)
        #expect(mean.features.column(0) == [1, 4, 3, 4, 5, 7])
        #expect(mean.features.column(1) == [10, 20, 32.5, 40, 32.5, 60])
        let median = try #require(readCSV(Self.missingText, CSVOptions(missing: .imputeMedian)).value)
        #expect(median.features.column(1) == [10, 20, 30, 40, 30, 60])
        #expect(median.count == 6)
    }

    @Test("a missing target is dropped under dropRows and never imputed")
    func missingTarget() {
        let text = "a,y\n1,0\n2,\n3,1\n"
        #expect(readCSV(text, CSVOptions(missing: .dropRows)).value?.target.labels == [0, 1])
        let error = readCSV(text, CSVOptions(missing: .imputeMean)).error
        #expect(error?.line == 3 && error?.column == 2)
        #expect(error?.description.contains("never imputed") == true)
    }

    @Test("categorical columns impute the most frequent category; an all-missing column cannot be imputed")
    func categoricalImpute() throws {
        let text = "c,y\nred,0\n,1\nblue,0\nred,1\n"
        let data = try #require(readCSV(text, CSVOptions(missing: .imputeMean, nonNumericFeatures: .oneHot)).value)
        #expect(data.featureNames == ["c=blue", "c=red"])
        #expect(data.features.column(1) == [1, 1, 0, 1])
        let error = readCSV("a,b,y\n1,,0\n2,,1\n", CSVOptions(missing: .imputeMedian)).error
        #expect(error?.description.contains("no values to impute from") == true)
    }
}
