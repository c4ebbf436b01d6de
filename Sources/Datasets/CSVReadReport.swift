/// What `Dataset.csvReading` did to a file beyond parsing it: the columns it one-hot encoded, the missing cells it
/// imputed or left for imputation, the rows and columns it left out. `summary` says it in one line.
public struct CSVReadReport: Sendable, Equatable {
    /// A one-hot encoded column and its number of categories.
    public struct EncodedColumn: Sendable, Equatable {
        public var name: String
        public var categories: Int

        public init(name: String, categories: Int) {
            self.name = name
            self.categories = categories
        }
    }

    /// The file as named in errors.
    public var file: String
    /// The one-hot encoded columns, in file order.
    public var oneHotColumns: [EncodedColumn] = []
    /// Missing feature cells (and non-numeric cells of numeric columns) imputed or left for imputation; a
    /// categorical column's cell counts once.
    public var missingFeatureCells = 0
    /// How they are filled: `mean` or `median` (categorical columns: the most frequent category).
    public var imputation: ImputationStrategy?
    /// Rows dropped because a used cell was missing (`MissingValuePolicy.dropRows`).
    public var rowsDroppedForMissingCells = 0
    /// Rows dropped because their target was missing (`MissingValuePolicy.imputeFromTrainingRows`).
    public var rowsDroppedForMissingTarget = 0
    /// Columns left out because none of their cells holds a value.
    public var emptyColumns: [String] = []

    public init(file: String) { self.file = file }

    /// Whether the file was used as it is: nothing encoded, imputed, dropped or left out.
    public var isEmpty: Bool { summary == nil }

    /// One line, nil when there is nothing to say:
    /// `data.csv: one-hot encoded island (3 categories), sex (2); imputed 11 missing cells (mean)`.
    public var summary: String? {
        var parts: [String] = []
        if let first = oneHotColumns.first {
            let rest = oneHotColumns.dropFirst().map { "\($0.name) (\($0.categories))" }
            let noun = first.categories == 1 ? "category" : "categories"
            parts.append(
                "one-hot encoded " + (["\(first.name) (\(first.categories) \(noun))"] + rest).joined(separator: ", "))
        }
        if missingFeatureCells > 0 {
            let cells = missingFeatureCells == 1 ? "cell" : "cells"
            parts.append("imputed \(missingFeatureCells) missing \(cells) (\(imputation?.rawValue ?? "mean"))")
        }
        if rowsDroppedForMissingCells > 0 {
            parts.append("dropped \(Self.rows(rowsDroppedForMissingCells)) with missing cells")
        }
        if rowsDroppedForMissingTarget > 0 {
            parts.append("dropped \(Self.rows(rowsDroppedForMissingTarget)) with a missing target")
        }
        if !emptyColumns.isEmpty {
            parts.append("left out " + emptyColumns.map { "'\($0)'" }.joined(separator: ", ") + " (no values)")
        }
        return parts.isEmpty ? nil : "\(file): " + parts.joined(separator: "; ")
    }

    private static func rows(_ n: Int) -> String { n == 1 ? "1 row" : "\(n) rows" }
}
