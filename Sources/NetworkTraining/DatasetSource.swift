import Datasets

/// Where a network's data come from: a bundled dataset by name, or a CSV file with its target column and how to
/// read it (`CSVHandling`).
///
/// The one reading path of the training pipeline: `tuner train`, `tuner lr-find` and the tuning objective all
/// name their data this way, and a CSV file is read by `Dataset.csvReading` (the `Datasets` module's reader)
/// with the options `CSVHandling` gives: a header row, the target column by name or 0-based index (default the
/// last), text columns one-hot encoded and missing cells left for imputation from the training rows by default.
public enum DatasetSource: Sendable, Equatable {
    case bundled(String)
    case csv(path: String, target: ColumnReference, handling: CSVHandling = CSVHandling())

    /// A bundled dataset when `name` is one, else a CSV file whose target is `target`: an integer is a 0-based
    /// column index, any other text a header name, nil the last column.
    public init(_ name: String, target: String?, handling: CSVHandling = CSVHandling()) {
        if Dataset.bundledNames.contains(name) {
            self = .bundled(name)
        } else {
            self = .csv(path: name, target: target.map(CSVHandling.reference) ?? .last, handling: handling)
        }
    }

    /// The bundled name or the file path, as given.
    public var name: String {
        switch self {
        case .bundled(let name): return name
        case .csv(let path, _, _): return path
        }
    }

    /// The CSV file read, nil for a bundled dataset (which reads no file the user named).
    public var filePath: String? {
        if case .csv(let path, _, _) = self { return path }
        return nil
    }

    /// The dataset.
    public func load() throws(DatasetError) -> Dataset { try read().dataset }

    /// The dataset, and for a CSV file the note of what reading it did (`CSVReadReport.summary`: columns one-hot
    /// encoded, cells imputed, rows and columns left out), nil when there is nothing to say. Errors that an option
    /// avoids name it (`--max-categories`, `--missing`, …).
    public func read() throws(DatasetError) -> (dataset: Dataset, note: String?) {
        switch self {
        case .bundled(let name):
            return (try Dataset.bundled(name), nil)
        case .csv(let path, let target, let handling):
            do {
                let (dataset, report) = try Dataset.csvReading(path: path, options: handling.options(target: target))
                return (dataset, report.summary.map { "note: \($0)" })
            } catch {
                throw handling.withOptionHints(error)
            }
        }
    }

    /// The name of the target column: `target` for bundled datasets, the header cell of a CSV file (as
    /// `Dataset.csv` names it; `x<j>` for index j past the header, which `Dataset.csv` rejects anyway).
    public func targetName() throws(DatasetError) -> String {
        switch self {
        case .bundled:
            return "target"
        case .csv(let path, let target, _):
            let header = try CSVTable.read(path: path).columnNames
            switch target {
            case .name(let name): return name
            case .index(let i): return header.indices.contains(i) ? header[i] : "x\(i)"
            case .last: return header.last ?? "target"
            }
        }
    }
}

extension DatasetSource {
    /// The fewest rows a dataset needs for a train / test split.
    public static let minimumRows = 5

    /// Reads the dataset and prepares it (`PreparedData`) with `seed` and `validationFraction`; also returns
    /// the name of its target column (for the model file). `onNote` gets the reading's note, when there is one.
    public func prepare(seed: UInt64, validationFraction: Double?, onNote: (String) -> Void = { _ in })
        throws(NetworkTrainingError) -> (data: PreparedData, targetName: String)
    {
        let dataset: Dataset
        let note: String?
        let targetName: String
        do {
            (dataset, note) = try read()
            targetName = try self.targetName()
        } catch {
            throw .dataset(error)
        }
        guard dataset.count >= Self.minimumRows else {
            throw .tooFewRows(dataset: name, rows: dataset.count, minimum: Self.minimumRows)
        }
        if let note { onNote(note) }
        return (PreparedData(dataset, seed: seed, validationFraction: validationFraction), targetName)
    }
}
