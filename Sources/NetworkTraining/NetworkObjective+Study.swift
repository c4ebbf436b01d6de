import Datasets
import Foundation
import Tuning

/// A study of the network objective as a study spec asks for it: the dataset by name, the metric by name, the
/// seed, the folds, and whether to narrow the `lr` range by a range test first (`lr_range: auto`).
public struct NetworkStudyRequest: Sendable {
    /// A bundled dataset or a CSV file; nil for `digits`.
    public var dataset: String?
    /// The target column of a CSV file (name or 0-based index; nil for the last).
    public var target: String?
    /// `accuracy`, `loss` or `r2`; nil for the dataset's default.
    public var metric: String?
    public var seed: UInt64
    /// Cross-validation folds (nil or 1: one validation split), unless `automaticFolds`.
    public var folds: Int?
    /// Whether the number of folds follows the dataset's size (`NetworkObjective.automaticFolds`).
    public var automaticFolds: Bool
    public var narrowsLearningRates: Bool
    /// How a CSV file is read: categorical and ignored columns, missing cells.
    public var csv: CSVHandling

    public init(
        dataset: String?, target: String?, metric: String?, seed: UInt64, folds: Int?,
        automaticFolds: Bool = false, narrowsLearningRates: Bool, csv: CSVHandling = CSVHandling()
    ) {
        (self.dataset, self.target, self.metric) = (dataset, target, metric)
        (self.seed, self.folds, self.narrowsLearningRates) = (seed, folds, narrowsLearningRates)
        self.automaticFolds = automaticFolds
        self.csv = csv
    }
}

/// A request that names something unusable; `field` is the spec field at fault (`dataset`, `metric`, `cv`, or
/// empty for the dataset file's own contents).
public struct NetworkStudyError: Error, Sendable, Equatable, CustomStringConvertible {
    public var field: String
    public var message: String

    public var description: String { field.isEmpty ? message : "\(field): \(message)" }
}

/// The network objective ready for a study: the objective, the space to search, and what to print.
public struct NetworkStudySetup: Sendable {
    public var objective: NetworkObjective
    public var space: SearchSpace
    /// `validation accuracy`, `validation r2`, `validation loss`.
    public var metricName: String
    /// `MLP on iris (150×4, 3 classes)`, with the folds and the range test's outcome when there are any.
    public var summary: String
    /// What reading a CSV file did (`note: data.csv: one-hot encoded island (3 categories); …`), for standard
    /// error; empty when there is nothing to say.
    public var notes: [String] = []
    /// Steps a pruner should wait before judging: a few epochs (early epochs rank slow starters, small learning
    /// rates, unfairly), none with cross-validation (a step is a whole fold, already a fair score).
    public var pruningWarmupSteps: Int
}

extension NetworkObjective {
    /// The objective, space and summary for `request`; unusable names throw `NetworkStudyError`, a failing range
    /// test its own error.
    public static func studySetup(_ request: NetworkStudyRequest) throws -> NetworkStudySetup {
        let (dataset, note) = try loadDataset(request.dataset ?? "digits", target: request.target, csv: request.csv)
        var metric: Metric?
        if let m = request.metric {
            guard let parsed = Metric(rawValue: m) else {
                let names = Metric.allCases.map(\.rawValue).joined(separator: ", ")
                throw NetworkStudyError(field: "metric", message: "'\(m)' is not one of \(names)")
            }
            metric = parsed
        }
        let objective: NetworkObjective
        let folds =
            request.automaticFolds
            ? automaticFolds(rows: dataset.count) : request.folds.flatMap { $0 > 1 ? $0 : nil }
        do {
            objective = try NetworkObjective(dataset: dataset, metric: metric, seed: request.seed, folds: folds)
        } catch let error as StudyError {
            if case .invalidArgument(let name, let reason) = error, name == "cv" {
                throw NetworkStudyError(field: "cv", message: reason)
            }
            throw NetworkStudyError(field: "metric", message: "\(error)")
        }
        let shape = "\(dataset.count)×\(dataset.features.columns)"
        let kind = dataset.task == .classification ? "\(dataset.target.classCount) classes" : "regression"
        var summary =
            "MLP on \(dataset.name) (\(shape), \(kind))"
            + (folds.map { ", \($0)-fold cross-validation" } ?? "")
        var space = defaultSpace
        if request.narrowsLearningRates {
            if let suggestion = try objective.suggestedLearningRate(seed: request.seed) {
                let range = narrowedLearningRates(around: suggestion)
                space = defaultSpace(learningRates: range)
                summary += String(
                    format: "; lr range test suggests %.3g, lr searched in [%.3g, %.3g]",
                    suggestion, range.lowerBound, range.upperBound)
            } else {
                summary += "; lr range test gave no suggestion, lr keeps its default range"
            }
        }
        return NetworkStudySetup(
            objective: objective, space: space,
            metricName: "validation \(objective.metric.rawValue)", summary: summary, notes: note.map { [$0] } ?? [],
            pruningWarmupSteps: folds == nil ? 5 : 0)
    }

    /// Whether a study without a `cv` setting cross-validates small datasets (`cv: auto`).
    public static let crossValidatesByDefault = false

    /// Datasets with fewer rows than this are cross-validated by `cv: auto`.
    public static let automaticCrossValidationRows = 3000

    /// The folds of `cv: auto` for a dataset of `rows` rows: 5 below 300 rows, 3 below
    /// `automaticCrossValidationRows`, none (one validation split) above. On small data the score of one
    /// validation split of a few dozen or hundred rows is noisy enough that the study picks the luckiest
    /// configuration rather than the best; averaging folds shrinks that noise by about √K.
    public static func automaticFolds(rows: Int) -> Int? {
        if rows < 300 { return 5 }
        return rows < automaticCrossValidationRows ? 3 : nil
    }

    /// A bundled dataset by name, or a CSV file (target column by name or 0-based index, default the last);
    /// a name that is neither bundled, nor ends in `.csv`, nor names a file throws naming `dataset`, and so does
    /// a dataset with fewer than `DatasetSource.minimumRows` rows (the minimum `tuner train` applies). Also
    /// returns the note of reading a CSV file (`DatasetSource.read`).
    static func loadDataset(_ name: String, target: String?, csv: CSVHandling = CSVHandling())
        throws(NetworkStudyError) -> (dataset: Dataset, note: String?)
    {
        let source = DatasetSource(name, target: target, handling: csv)
        if case .bundled = source, let field = csv.firstChangedField {
            throw NetworkStudyError(field: field, message: "applies to CSV files; '\(name)' is a bundled dataset")
        }
        if case .csv = source, !(name.hasSuffix(".csv") || FileManager.default.fileExists(atPath: name)) {
            let bundled = Dataset.bundledNames.joined(separator: ", ")
            throw NetworkStudyError(
                field: "dataset",
                message: "'\(name)' is neither a bundled dataset (\(bundled)) nor a CSV file")
        }
        let dataset: Dataset
        let note: String?
        do {
            (dataset, note) = try source.read()
        } catch {
            throw NetworkStudyError(field: "", message: "\(error)")
        }
        guard dataset.count >= DatasetSource.minimumRows else {
            let error = NetworkTrainingError.tooFewRows(
                dataset: name, rows: dataset.count, minimum: DatasetSource.minimumRows)
            throw NetworkStudyError(field: "dataset", message: "\(error)")
        }
        return (dataset, note)
    }
}
