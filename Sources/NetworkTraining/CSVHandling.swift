import Datasets
import Foundation

/// How the network pipeline reads a CSV file: which columns are categorical or left out, what happens to missing
/// cells, which texts mean "missing", and how many categories a column may have. The command line's
/// `--categorical`, `--ignore-columns`, `--missing`, `--missing-marker` and `--max-categories` and the spec
/// fields of the same names (`categorical`, `ignore_columns`, `missing`, `missing_marker`, `max_categories`).
///
/// The defaults make a typical file usable as it is: text columns are one-hot encoded (at most
/// `defaultMaximumCategories` categories each), and missing feature cells (`NA`, empty, `?`, …) are imputed by the
/// mean (categorical columns: the most frequent category) of the training rows only (of each fold when
/// cross-validating: `TrainingScaling`); rows whose target is missing are dropped (a target is never imputed).
public struct CSVHandling: Sendable, Equatable {
    /// What happens to missing cells.
    public enum Missing: String, Sendable, CaseIterable {
        /// Drop every row with a missing cell in a used column.
        case drop
        /// Impute from the training rows: a numeric column's mean or median, a categorical column's most frequent
        /// category.
        case mean, median
        /// Stop at the first missing cell.
        case error
    }

    /// Columns to one-hot encode even when their cells look numeric: names or 0-based indices.
    public var categorical: [String]
    /// Columns to leave out: names or 0-based indices.
    public var ignoredColumns: [String]
    public var missing: Missing
    /// Texts that mean "missing", besides `CSVOptions.defaultMissingMarkers`.
    public var missingMarkers: [String]
    /// The most categories a one-hot encoded column may have.
    public var maximumCategories: Int

    public static let defaultMaximumCategories = 50

    public init(
        categorical: [String] = [], ignoredColumns: [String] = [], missing: Missing = .mean,
        missingMarkers: [String] = [], maximumCategories: Int = CSVHandling.defaultMaximumCategories
    ) {
        self.categorical = categorical
        self.ignoredColumns = ignoredColumns
        self.missing = missing
        self.missingMarkers = missingMarkers
        self.maximumCategories = maximumCategories
    }

    /// The spec field of the first setting that differs from the defaults (`categorical`, `ignore_columns`,
    /// `missing`, `missing_marker`, `max_categories`; the flag is the same name with hyphens), nil for the
    /// defaults: such settings only apply to CSV files.
    public var firstChangedField: String? {
        if !categorical.isEmpty { return "categorical" }
        if !ignoredColumns.isEmpty { return "ignore_columns" }
        if missing != .mean { return "missing" }
        if !missingMarkers.isEmpty { return "missing_marker" }
        if maximumCategories != Self.defaultMaximumCategories { return "max_categories" }
        return nil
    }

    /// The names or indices of a comma-separated list (`island,sex`, `0,3`); spaces around an entry are
    /// trimmed, empty entries skipped.
    public static func columns(parsing list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A column given as text: an integer is a 0-based index, any other text a header name.
    static func reference(_ text: String) -> ColumnReference {
        Int(text).map { .index($0) } ?? .name(text)
    }

    /// The reader's options for a file whose target column is `target`.
    public func options(target: ColumnReference) -> CSVOptions {
        let policy: MissingValuePolicy
        switch missing {
        case .drop: policy = .dropRows
        case .mean: policy = .imputeFromTrainingRows(.mean)
        case .median: policy = .imputeFromTrainingRows(.median)
        case .error: policy = .error
        }
        return CSVOptions(
            target: target, missing: policy, nonNumericFeatures: .oneHot,
            categoricalColumns: categorical.map(Self.reference), ignoredColumns: ignoredColumns.map(Self.reference),
            missingMarkers: CSVOptions.defaultMissingMarkers.union(missingMarkers),
            maximumCategories: maximumCategories)
    }

    /// `error` with a hint that names the option which would avoid it, for the errors an option can avoid; an
    /// unknown column of `--categorical` or `--ignore-columns` becomes `invalidParameter` named by the flag.
    func withOptionHints(_ error: DatasetError) -> DatasetError {
        switch error {
        case .tooManyCategories(let file, let column, let name, let count, let limit, _):
            return .tooManyCategories(
                file: file, column: column, columnName: name, count: count, limit: limit,
                hint: "leave it out with --ignore-columns \(name) or raise --max-categories")
        case .missingValue(let file, let line, let column, let name, let hint) where missing == .error:
            return .missingValue(
                file: file, line: line, column: column, columnName: name,
                hint: "\(hint), or choose --missing mean, median or drop")
        case .unknownColumn(let file, let column, let available):
            guard let option = Self.option(naming: column, categorical: categorical, ignored: ignoredColumns) else {
                return error
            }
            let columns = available.map { "'\($0)'" }.joined(separator: ", ")
            return .invalidParameter(
                name: option, reason: "unknown column \(column) in \(file); columns are \(columns)")
        case .invalidParameter(let name, let reason) where name == "ignoredColumns" || name == "categoricalColumns":
            return .invalidParameter(
                name: name == "ignoredColumns" ? "--ignore-columns" : "--categorical", reason: reason)
        default:
            return error
        }
    }

    /// The option whose list holds the column that `Dataset.csv` reports unknown (`'name'` or `index i (…)`).
    private static func option(naming column: String, categorical: [String], ignored: [String]) -> String? {
        func holds(_ list: [String]) -> Bool {
            list.contains { column == "'\($0)'" || (Int($0) != nil && column.hasPrefix("index \($0) ")) }
        }
        if holds(ignored) { return "--ignore-columns" }
        if holds(categorical) { return "--categorical" }
        return nil
    }
}
