import Datasets
import LinearAlgebra
import Testing

@testable import NetworkTraining

@Suite("Prediction: input by column name, output table, scores")
struct PredictionTests {
    static let names = ["a", "b"]

    static func input(_ text: String) throws(PredictionInputError) -> PredictionInput {
        let table: CSVTable
        do { table = try CSVTable(text: text, file: "in.csv") } catch { throw .malformed(error) }
        return try PredictionInput(table, path: "in.csv", featureNames: names, targetName: "y")
    }

    @Test func columnsAreTakenByNameInTheModelsOrderWithTheirLines() throws {
        let rows = try Self.input("id,b,y,a\nr1,2,yes,1\n\nr2,4,no,3\n")
        #expect(rows.features == Matrix(rows: 2, columns: 2, elements: [1, 2, 3, 4]))
        #expect(rows.targets == ["yes", "no"] && rows.lines == [2, 4])
        #expect(try Self.input("b,a\n1,2\n").targets == nil)
    }

    @Test func badFilesAreErrorsWithFileLineAndColumn() {
        #expect(throws: PredictionInputError.missingColumn(path: "in.csv", name: "a", required: ["a", "b"])) {
            try Self.input("b,y\n1,2\n")
        }
        #expect(throws: PredictionInputError.notANumber(path: "in.csv", line: 3, column: 2, name: "b", text: "x")) {
            try Self.input("a,b\n1,2\n3,x\n")
        }
        #expect(throws: PredictionInputError.raggedRow(path: "in.csv", line: 2, fields: 1, headerFields: 2)) {
            try Self.input("a,b\n1\n")
        }
        #expect(throws: PredictionInputError.noRows(path: "in.csv")) { try Self.input("a,b\n") }
        #expect(throws: PredictionInputError.empty(path: "in.csv")) { try Self.input("") }
        #expect(
            PredictionInputError.notANumber(path: "in.csv", line: 3, column: 2, name: "b", text: "x").description
                == "in.csv:3:2: column 'b': 'x' is not a number")
    }

    @Test func classificationOutputIsTheArgmaxWithProbabilitiesAsCSV() {
        let output = Matrix<Float>(rows: 2, columns: 3, elements: [0.1, 0.7, 0.2, 0.6, 0.3, 0.1])
        let prediction = Prediction(output: output, classNames: ["x", "y,z", "w"])
        #expect(prediction.predictedLabels == [1, 0])
        #expect(
            prediction.csv(lines: [2, 5]) == """
                line,predicted,p(x),"p(y,z)",p(w)
                2,"y,z",0.1,0.7,0.2
                5,x,0.6,0.3,0.1

                """)
        let scores = prediction.scores(against: ["y,z", "w"])
        #expect(scores?.count == 1 && scores?[0].0 == "accuracy" && scores?[0].1 == 0.5)
    }

    @Test func aSingleLogisticOutputIsTwoClasses() {
        let prediction = Prediction(output: Matrix(column: [0.8, 0.3]), classNames: ["0", "1"])
        #expect(prediction.predictedLabels == [1, 0])
        #expect(prediction.probabilities(row: 0).map { ($0 * 100).rounded() } == [20, 80])
        // Numeric labels compare as numbers.
        #expect(prediction.scores(against: ["1.0", "0"])?[0].1 == 1)
    }

    @Test func regressionOutputIsTheValueAndIsScoredByR2AndMSE() {
        let prediction = Prediction(output: Matrix(column: [1.5, 2.5]), classNames: nil)
        #expect(prediction.csv(lines: [2, 3]) == "line,predicted\n2,1.5\n3,2.5\n")
        let scores = prediction.scores(against: ["1", "3"])
        #expect(scores?.map(\.0) == ["r2", "mse"] && scores?[1].1 == 0.25)
        #expect(prediction.scores(against: ["1", "n/a"]) == nil)
        let test = prediction.testScores(against: .values([1, 3]))
        #expect(test.map(\.0) == ["test_r2", "test_mse"] && test[1].1 == 0.25)
    }
}
