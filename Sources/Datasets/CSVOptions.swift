/// How `Dataset.csv(path:options:)` reads a delimited text file.
///
/// Defaults: a header row, `,` delimiter, the last column is the target, missing cells are an error, the task is
/// inferred from the target (strings, or integers with at most `maximumInferredClasses` distinct values →
/// classification; otherwise regression).
public struct CSVOptions: Sendable {
    /// Whether the first row names the columns. Without one, columns are named `x0`, `x1`, … (0-based).
    public var hasHeader: Bool
    /// The field separator: `,`, `;`, tab, or any other single ASCII character except `"` and line breaks.
    public var delimiter: Character
    /// Which column holds y.
    public var target: TargetColumn
    /// What to do with missing cells and with non-numeric cells in numeric columns.
    public var missing: MissingValuePolicy
    /// Classification or regression; nil infers it from the target column.
    public var task: TaskKind?
    /// What to do with feature columns whose cells are (mostly) not numbers.
    public var nonNumericFeatures: NonNumericPolicy
    /// Feature columns to treat as categorical (one-hot encoded) even when their cells look numeric.
    public var categoricalColumns: [ColumnReference]
    /// Columns to leave out entirely (identifiers, free text).
    public var ignoredColumns: [ColumnReference]
    /// The class names in label order (label `i` is `classNames[i]`); nil sorts the distinct labels
    /// (numerically when they are all numbers). A label not in the list is an error.
    public var classNames: [String]?
    /// Cell texts (after trimming spaces) that mean "missing".
    public var missingMarkers: Set<String>
    /// The largest number of distinct integer target values still inferred as classification.
    public var maximumInferredClasses: Int
    /// The most categories a one-hot encoded column may have (`DatasetError.tooManyCategories` past it); nil for
    /// no limit. A column of identifiers or free text would otherwise become one feature per row.
    public var maximumCategories: Int?
    /// The dataset's name; nil uses the file name without its extension.
    public var name: String?

    public init(
        hasHeader: Bool = true,
        delimiter: Character = ",",
        target: TargetColumn = .last,
        missing: MissingValuePolicy = .error,
        task: TaskKind? = nil,
        nonNumericFeatures: NonNumericPolicy = .error,
        categoricalColumns: [ColumnReference] = [],
        ignoredColumns: [ColumnReference] = [],
        classNames: [String]? = nil,
        missingMarkers: Set<String> = CSVOptions.defaultMissingMarkers,
        maximumInferredClasses: Int = 20,
        maximumCategories: Int? = nil,
        name: String? = nil
    ) {
        self.hasHeader = hasHeader
        self.delimiter = delimiter
        self.target = target
        self.missing = missing
        self.task = task
        self.nonNumericFeatures = nonNumericFeatures
        self.categoricalColumns = categoricalColumns
        self.ignoredColumns = ignoredColumns
        self.classNames = classNames
        self.missingMarkers = missingMarkers
        self.maximumInferredClasses = maximumInferredClasses
        self.maximumCategories = maximumCategories
        self.name = name
    }

    /// `""`, `NA`, `N/A`, `NaN`, `nan`, `?`.
    public static let defaultMissingMarkers: Set<String> = ["", "NA", "N/A", "NaN", "nan", "?"]
}

/// A column of a delimited file, by header name, by 0-based index, or the last one.
public enum ColumnReference: Sendable, Hashable {
    case name(String)
    case index(Int)
    case last
}

/// The column that holds the target (`.last` by default).
public typealias TargetColumn = ColumnReference

/// What the CSV reader does with missing cells (and with non-numeric cells in numeric columns).
public enum MissingValuePolicy: Sendable, Hashable {
    /// Throw `DatasetError.missingValue` / `.notANumber` naming line and column.
    case error
    /// Drop every row that has such a cell in a used column.
    case dropRows
    /// Replace such feature cells by the column mean (categorical columns: the most frequent category).
    /// A missing target is still an error: labels are never invented.
    case imputeMean
    /// Replace such feature cells by the column median (categorical columns: the most frequent category).
    /// A missing target is still an error.
    case imputeMedian
    /// Leave missing feature cells (and non-numeric cells of numeric columns) as NaN, for a
    /// `MissingValueImputer` with this strategy fitted later on training rows only (`Dataset.encoding` records
    /// it); leave out columns with no value at all; drop the rows whose target is missing (labels and values are
    /// never invented). `CSVReadReport` counts all three.
    case imputeFromTrainingRows(ImputationStrategy)
}

/// What the CSV reader does with non-numeric (categorical) feature columns.
public enum NonNumericPolicy: Sendable, Hashable {
    /// Throw `DatasetError.nonNumericColumn` naming the column.
    case error
    /// Replace the column by one 0/1 column per category, named `column=category`, categories sorted.
    case oneHot
}

extension CSVOptions {
    /// The delimiter as one byte, or `invalidParameter("delimiter")`.
    func delimiterByte() throws(DatasetError) -> UInt8 {
        guard let ascii = delimiter.asciiValue, ascii != UInt8(ascii: "\""), ascii != 10, ascii != 13 else {
            throw .invalidParameter(
                name: "delimiter",
                reason: "'\(delimiter)' must be one ASCII character other than a quote or line break")
        }
        return ascii
    }
}
