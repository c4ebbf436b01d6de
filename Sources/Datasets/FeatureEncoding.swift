/// How the used columns of a CSV file became a dataset's feature columns: the recipe a saved model applies again
/// to the raw cells of a new file.
///
/// A numeric column is one feature, its number; a categorical column is one 0/1 indicator feature per category
/// (sorted), named `column=category` (one-hot encoding). A missing cell (one of `missingMarkers`) is NaN in its
/// feature, or in all indicators of its column, until a `MissingValueImputer` fitted on training rows fills it;
/// `imputation` names the strategy (nil: missing cells were not left for imputation).
public struct FeatureEncoding: Sendable, Equatable, Codable {
    /// One used column of the file.
    public struct Column: Sendable, Equatable, Codable {
        /// The header name (or `x<index>`).
        public var name: String
        /// The categories in indicator order; nil for a numeric column.
        public var categories: [String]?

        public init(name: String, categories: [String]? = nil) {
            self.name = name
            self.categories = categories
        }

        /// The names of the features this column becomes.
        public var featureNames: [String] {
            categories.map { $0.map { "\(name)=\($0)" } } ?? [name]
        }
    }

    /// The used columns, in feature order.
    public var columns: [Column]
    /// Cell texts (after trimming spaces) that mean "missing", sorted.
    public var missingMarkers: [String]
    /// How missing feature cells are filled, from training rows only; nil when none are left missing.
    public var imputation: ImputationStrategy?

    public init(columns: [Column], missingMarkers: [String], imputation: ImputationStrategy?) {
        self.columns = columns
        self.missingMarkers = missingMarkers
        self.imputation = imputation
    }

    /// The feature names, column by column.
    public var featureNames: [String] { columns.flatMap(\.featureNames) }

    /// The feature columns of each used column, in order.
    public var featureRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for column in columns {
            let width = column.categories?.count ?? 1
            ranges.append(start..<start + width)
            start += width
        }
        return ranges
    }

    /// The feature columns of the categorical columns: the groups an imputer fills by the most frequent category.
    public var categoricalFeatureRanges: [Range<Int>] {
        zip(columns, featureRanges).compactMap { $0.categories == nil ? nil : $1 }
    }

    /// Whether the encoding is what reading numbers by name gives: every column numeric, nothing imputed.
    public var isPlainNumeric: Bool { imputation == nil && columns.allSatisfy { $0.categories == nil } }

    /// What one raw cell contributes to a row of features.
    public enum CellProblem: Error, Sendable, Equatable {
        /// A numeric column's cell that is neither a number nor a missing marker (`CSVNumber.problem` says why).
        case notANumber
        /// A missing cell where nothing imputes it.
        case missing
    }

    /// Writes the features of `cell`, the raw text of `column`, into `row` at the column's feature range:
    /// the number, one indicator set to 1 (an unseen category sets none and returns false), or NaN for a missing
    /// cell when `imputation` is set. Returns whether the cell was a known value.
    @discardableResult
    public func encode(_ cell: String, column c: Int, into row: inout [Float], at start: Int)
        throws(CellProblem) -> Bool
    {
        let column = columns[c]
        let width = column.categories?.count ?? 1
        if missingMarkers.contains(cell) {
            guard imputation != nil else { throw .missing }
            for j in start..<start + width { row[j] = .nan }
            return true
        }
        guard let categories = column.categories else {
            guard case .number(let value) = CSVNumber(cell) else { throw .notANumber }
            row[start] = value
            return true
        }
        for j in start..<start + width { row[j] = 0 }
        guard let k = categories.firstIndex(of: cell) else { return false }
        row[start + k] = 1
        return true
    }
}

/// How missing feature cells are filled: by the training rows' mean or median of a numeric column; a categorical
/// column always takes its most frequent training category.
public enum ImputationStrategy: String, Sendable, Codable, CaseIterable {
    case mean, median
}
