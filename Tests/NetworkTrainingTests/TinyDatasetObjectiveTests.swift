import Datasets
import TestSupport
import Testing

@testable import NetworkTraining

/// A dataset too small to split is refused by the tuning objective exactly as by `tuner train` (it used to
/// "tune" one or two rows to accuracy 0).
@Suite("The network objective refuses datasets too small to split")
struct TinyDatasetObjectiveTests {
    /// Two rows at least: a single row holds one class, which the reader refuses already (`tooFewClasses`).
    @Test(arguments: [2, 3, 4])
    func theObjectiveRefusesFewerThanTheMinimumRows(rows: Int) throws {
        let text = "x,y\n" + (0..<rows).map { "\($0),\($0 % 2)" }.joined(separator: "\n") + "\n"
        let dataset = try Dataset.csv(text: text, file: "tiny.csv")
        #expect(dataset.count == rows)
        do {
            _ = try NetworkObjective(dataset: dataset)
            Issue.record("an objective on \(rows) rows was built")
        } catch let error as NetworkTrainingError {
            guard case .tooFewRows(_, let found, let minimum) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(found == rows && minimum == DatasetSource.minimumRows)
        }
    }

    @Test func aStudySetupOnATinyFileNamesTheDatasetAsTrainDoes() throws {
        let directory = try TemporaryDirectory(prefix: "tiny-dataset")
        let path = try directory.write("tiny.csv", "x,y\n1,0\n2,1\n")
        let request = NetworkStudyRequest(
            dataset: path, target: nil, metric: nil, seed: 0, folds: nil, narrowsLearningRates: false)
        let trainError = NetworkTrainingError.tooFewRows(dataset: path, rows: 2, minimum: DatasetSource.minimumRows)
        do {
            _ = try NetworkObjective.studySetup(request)
            Issue.record("a study was set up on a two-row dataset")
        } catch let error as NetworkStudyError {
            #expect(error == NetworkStudyError(field: "dataset", message: "\(trainError)"))
            #expect(error.description == "dataset: \(path) has 2 rows; at least 5 are needed")
        }
        // `tuner train` refuses the same file with the same words.
        #expect(throws: NetworkTrainingError.self) {
            try DatasetSource(path, target: nil).prepare(seed: 0, validationFraction: nil)
        }
    }

    @Test func fiveRowsAreEnough() throws {
        let dataset = try Dataset.csv(text: "x,y\n1,0\n2,1\n3,0\n4,1\n5,0\n", file: "five.csv")
        _ = try NetworkObjective(dataset: dataset, maxEpochs: 1)
    }
}
