import LinearAlgebra
import Testing

@testable import Datasets

/// `MissingValuePolicy.imputeFromTrainingRows`: missing cells left as NaN for an imputer fitted later, missing
/// targets and empty columns left out, the category limit, and the report of what was done.
@Suite("CSV: imputation deferred to the training rows, category limit, read report")
struct CSVDeferredImputationTests {
    static let text = """
        a,colour,notes,y
        1,red,,0
        NA,blue,NA,1
        3,?,,0
        4,red,?,
        ?,red,,1

        """

    static let options = CSVOptions(
        missing: .imputeFromTrainingRows(.median), nonNumericFeatures: .oneHot, maximumCategories: 50)

    @Test func missingCellsStayNaNForTheImputerAndTheEncodingRecordsHow() throws {
        let (data, report) = try Dataset.csvReading(text: Self.text, file: "p.csv", options: Self.options)
        #expect(data.featureNames == ["a", "colour=blue", "colour=red"])
        #expect(data.target.labels == [0, 1, 0, 1])
        #expect(data.features.column(0).map { $0.isNaN } == [false, true, false, true])
        #expect(
            data.features.row(2).allSatisfy { $0.isNaN } == false && data.features[2, 1].isNaN
                && data.features[2, 2].isNaN)
        #expect(data.features.row(0) == [1, 0, 1] && data.features[1, 1] == 1)
        let encoding = try #require(data.encoding)
        #expect(encoding.columns == [.init(name: "a"), .init(name: "colour", categories: ["blue", "red"])])
        #expect(encoding.imputation == .median && encoding.categoricalFeatureRanges == [1..<3])
        #expect(encoding.missingMarkers == CSVOptions.defaultMissingMarkers.sorted())
        #expect(report.missingFeatureCells == 3 && report.rowsDroppedForMissingTarget == 1)
        #expect(report.emptyColumns == ["notes"])
        #expect(
            report.summary
                == "p.csv: one-hot encoded colour (2 categories); imputed 3 missing cells (median); "
                + "dropped 1 row with a missing target; left out 'notes' (no values)")
    }

    @Test func aMissingRegressionTargetDropsItsRowAndTextInItIsStillAnError() throws {
        let text = "a,y\n1,1.5\n2,NA\n3,2.5\n4,\n"
        let (data, report) = try Dataset.csvReading(text: text, options: Self.options)
        #expect(data.target.values == [1.5, 2.5] && report.rowsDroppedForMissingTarget == 2)
        let error = #expect(throws: DatasetError.self) {
            let options = CSVOptions(missing: .imputeFromTrainingRows(.mean), task: .regression)
            return try Dataset.csv(text: "a,y\n1,1.5\n2,abc\n3,2.5\n4,0.5\n", options: options)
        }
        #expect(error?.line == 3)
    }

    @Test func aFileReadAsItIsHasNothingToReport() throws {
        let (data, report) = try Dataset.csvReading(text: "a,y\n1,0\n2,1\n", options: Self.options)
        #expect(report.summary == nil && report.isEmpty && data.encoding?.isPlainNumeric == false)
        let plain = try Dataset.csvReading(text: "a,y\n1,0\n2,1\n").dataset
        #expect(plain.encoding?.isPlainNumeric == true)
    }

    @Test func aColumnPastTheCategoryLimitIsAnErrorNamingItWithoutBuildingTheMatrix() throws {
        // 10⁵ distinct strings: one-hot encoding would be a 10⁵ × 10⁵ matrix.
        var text = "name,x,y\n"
        for i in 0..<100_000 { text += "id\(i),\(i % 7),\(i % 2)\n" }
        var options = Self.options
        options.maximumCategories = 50
        let error = #expect(throws: DatasetError.self) {
            try Dataset.csv(text: text, file: "big.csv", options: options)
        }
        guard case .tooManyCategories(let file, let column, let name, let count, let limit, _) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(file == "big.csv" && column == 1 && name == "name" && count == 100_000 && limit == 50)
        #expect(
            error?.description
                == "big.csv: column 'name' has 100000 distinct values, more than the 50 categories allowed; "
                + "leave the column out or allow more categories")
        options.ignoredColumns = [.name("name")]
        #expect(try Dataset.csv(text: text, options: options).featureNames == ["x"])
    }

    @Test func anExtraMissingMarkerCounts() throws {
        var options = Self.options
        options.missingMarkers.insert("-")
        let data = try Dataset.csv(text: "a,y\n1,0\n-,1\n3,0\n", options: options)
        #expect(data.features[1, 0].isNaN)
    }

    @Test func theImputerFillsFromTheRowsItWasFittedOnOnly() {
        let nan = Float.nan
        // Column 0 numeric; columns 1-2 one categorical column; column 3 numeric with no training value.
        let training = Matrix<Float>([[1, 0, 1, nan], [nan, nan, nan, nan], [4, 1, 0, nan], [10, 0, 1, nan]])
        let mean = MissingValueImputer(fitting: training, categoricalGroups: [1..<3], strategy: .mean)
        #expect(mean.fill == [5, 0, 1, 0])
        let median = MissingValueImputer(fitting: training, categoricalGroups: [1..<3], strategy: .median)
        #expect(median.fill == [4, 0, 1, 0])
        let held = Matrix<Float>([[nan, nan, nan, 1000], [1000, 1, 0, nan]])
        #expect(mean.transform(held) == Matrix([[5, 0, 1, 1000], [1000, 1, 0, 0]]))
        // Ties between categories go to the first.
        let tie = MissingValueImputer(
            fitting: Matrix([[1, 0], [0, 1]]), categoricalGroups: [0..<2], strategy: .mean)
        #expect(tie.fill == [1, 0])
    }

    @Test func anEncodingAppliesToRawCellsAgain() throws {
        let encoding = FeatureEncoding(
            columns: [.init(name: "a"), .init(name: "c", categories: ["x", "y"])], missingMarkers: ["NA"],
            imputation: .mean)
        var row = [Float](repeating: -1, count: 3)
        #expect(try encoding.encode("2.5", column: 0, into: &row, at: 0) && row[0] == 2.5)
        #expect(try encoding.encode("y", column: 1, into: &row, at: 1) && row == [2.5, 0, 1])
        #expect(try encoding.encode("z", column: 1, into: &row, at: 1) == false && row == [2.5, 0, 0])
        #expect(try encoding.encode("NA", column: 1, into: &row, at: 1) && row[1].isNaN && row[2].isNaN)
        #expect(throws: FeatureEncoding.CellProblem.notANumber) {
            try encoding.encode("abc", column: 0, into: &row, at: 0)
        }
        let strict = FeatureEncoding(columns: encoding.columns, missingMarkers: ["NA"], imputation: nil)
        #expect(throws: FeatureEncoding.CellProblem.missing) { try strict.encode("NA", column: 0, into: &row, at: 0) }
    }
}
