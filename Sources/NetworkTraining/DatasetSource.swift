import Datasets

/// Where a network's data come from: a bundled dataset by name, or a CSV file with its target column.
///
/// The one reading path of the training pipeline: `tuner train`, `tuner lr-find` and the tuning objective all
/// name their data this way, and a CSV file is read by `Dataset.csv` (the `Datasets` module's reader), with its
/// default options: a header row, the target column by name or 0-based index (default the last), non-numeric
/// feature columns and missing cells an error.
public enum DatasetSource: Sendable, Equatable {
    case bundled(String)
    case csv(path: String, target: ColumnReference)

    /// A bundled dataset when `name` is one, else a CSV file whose target is `target`: an integer is a 0-based
    /// column index, any other text a header name, nil the last column.
    public init(_ name: String, target: String?) {
        if Dataset.bundledNames.contains(name) {
            self = .bundled(name)
        } else {
            self = .csv(path: name, target: target.map { Int($0).map { .index($0) } ?? .name($0) } ?? .last)
        }
    }

    /// The bundled name or the file path, as given.
    public var name: String {
        switch self {
        case .bundled(let name): return name
        case .csv(let path, _): return path
        }
    }

    /// The dataset.
    public func load() throws(DatasetError) -> Dataset {
        switch self {
        case .bundled(let name): return try Dataset.bundled(name)
        case .csv(let path, let target): return try Dataset.csv(path: path, options: CSVOptions(target: target))
        }
    }

    /// The name of the target column: `target` for bundled datasets, the header cell of a CSV file (as
    /// `Dataset.csv` names it; `x<j>` for index j past the header, which `Dataset.csv` rejects anyway).
    public func targetName() throws(DatasetError) -> String {
        switch self {
        case .bundled:
            return "target"
        case .csv(let path, let target):
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
    /// the name of its target column (for the model file).
    public func prepare(seed: UInt64, validationFraction: Double?)
        throws(NetworkTrainingError) -> (data: PreparedData, targetName: String)
    {
        let dataset: Dataset
        let targetName: String
        do {
            dataset = try load()
            targetName = try self.targetName()
        } catch {
            throw .dataset(error)
        }
        guard dataset.count >= Self.minimumRows else {
            throw .tooFewRows(dataset: name, rows: dataset.count, minimum: Self.minimumRows)
        }
        return (PreparedData(dataset, seed: seed, validationFraction: validationFraction), targetName)
    }
}
