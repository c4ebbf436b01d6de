/// Every error the `Datasets` module throws: bad files, bad cells, bad options.
///
/// Each case carries where the problem is (file, 1-based line, 1-based column = field number, and the column's
/// name when it has one) so that `description` reads like a compiler diagnostic on one line:
/// `data.csv:17:4: column 'age': 'abc' is not a number`.
public enum DatasetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read at all (missing, unreadable).
    case unreadable(file: String, reason: String)
    /// The file holds no data rows (empty, or a header only).
    case empty(file: String)
    /// A row's field count differs from the header's (or the first row's).
    case raggedRow(file: String, line: Int, expected: Int, found: Int)
    /// A quoted field is badly formed: never closed, or followed by text before the delimiter.
    case badQuote(file: String, line: Int, column: Int, reason: String)
    /// A cell in a numeric column does not parse as a finite number.
    case notANumber(file: String, line: Int, column: Int, columnName: String, text: String)
    /// A cell in a numeric column is a number too large for a 32-bit float (`1e39`; see `CSVNumber`).
    case outOfRange(file: String, line: Int, column: Int, columnName: String, text: String)
    /// A cell is missing (empty, `NA`, `?`, …) and the missing-value policy does not allow it (the Swift API
    /// allows it with `CSVOptions.missing` `.dropRows`, `.imputeMean` or `.imputeMedian`; the message's hint
    /// names what can be done to the file).
    case missingValue(file: String, line: Int, column: Int, columnName: String, hint: String)
    /// A feature column is non-numeric (categorical) and one-hot encoding was not requested (the Swift API
    /// drops it with `CSVOptions.ignoredColumns` or encodes it with `nonNumericFeatures: .oneHot`).
    case nonNumericColumn(file: String, line: Int, column: Int, columnName: String, text: String)
    /// A categorical column has more distinct values than `CSVOptions.maximumCategories` allows; `hint` says what
    /// to do (by default: leave the column out or allow more categories).
    case tooManyCategories(file: String, column: Int, columnName: String, count: Int, limit: Int, hint: String)
    /// A column named in the options does not exist.
    case unknownColumn(file: String, column: String, available: [String])
    /// A class label is not among the class names the caller gave.
    case unknownClass(file: String, line: Int, column: Int, label: String, classNames: [String])
    /// No feature column is left besides the target (a one-column file, every feature ignored or wholly
    /// missing, or a file split on the wrong delimiter); `hint` says which, when the header shows it.
    case noFeatureColumns(file: String, hint: String)
    /// A classification target whose rows hold fewer than two classes (`classes` lists the one there is).
    case tooFewClasses(file: String, column: String, classes: [String])
    /// The requested task does not fit the target (e.g. regression on string labels).
    case incompatibleTarget(file: String, reason: String)
    /// An IDX file whose magic number is wrong.
    case badMagic(file: String, found: [UInt8], hint: String)
    /// An IDX file shorter (or longer) than its header promises.
    case truncated(file: String, expectedBytes: Int, foundBytes: Int)
    /// Image and label files disagree in item count, or labels are not usable class indices.
    case mismatch(file: String, reason: String)
    /// An option or parameter value is invalid.
    case invalidParameter(name: String, reason: String)
    /// `Dataset.bundled(_:)` was given a name that is not bundled.
    case unknownDataset(name: String, valid: [String])

    /// The file the error is about, when there is one.
    public var file: String? {
        switch self {
        case .unreadable(let f, _), .empty(let f), .raggedRow(let f, _, _, _), .badQuote(let f, _, _, _),
            .notANumber(let f, _, _, _, _), .outOfRange(let f, _, _, _, _), .missingValue(let f, _, _, _, _),
            .nonNumericColumn(let f, _, _, _, _), .tooManyCategories(let f, _, _, _, _, _),
            .unknownColumn(let f, _, _), .unknownClass(let f, _, _, _, _), .incompatibleTarget(let f, _),
            .noFeatureColumns(let f, _), .tooFewClasses(let f, _, _),
            .badMagic(let f, _, _), .truncated(let f, _, _), .mismatch(let f, _):
            return f
        case .invalidParameter, .unknownDataset:
            return nil
        }
    }

    /// The 1-based line the error is about, when there is one.
    public var line: Int? {
        switch self {
        case .raggedRow(_, let l, _, _), .badQuote(_, let l, _, _), .notANumber(_, let l, _, _, _),
            .outOfRange(_, let l, _, _, _),
            .missingValue(_, let l, _, _, _), .nonNumericColumn(_, let l, _, _, _), .unknownClass(_, let l, _, _, _):
            return l
        default:
            return nil
        }
    }

    /// The 1-based column (field number) the error is about, when there is one.
    public var column: Int? {
        switch self {
        case .badQuote(_, _, let c, _), .notANumber(_, _, let c, _, _), .outOfRange(_, _, let c, _, _),
            .missingValue(_, _, let c, _, _),
            .nonNumericColumn(_, _, let c, _, _), .unknownClass(_, _, let c, _, _),
            .tooManyCategories(_, let c, _, _, _, _):
            return c
        default:
            return nil
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let f, let reason):
            return "\(f): cannot read file: \(reason)"
        case .empty(let f):
            return "\(f): no data rows"
        case .raggedRow(let f, let l, let expected, let found):
            return "\(f):\(l): row has \(found) fields, expected \(expected)"
        case .badQuote(let f, let l, let c, let reason):
            return "\(f):\(l):\(c): \(reason)"
        case .notANumber(let f, let l, let c, let name, let text):
            return "\(f):\(l):\(c): column '\(name)': '\(text)' is not a number"
        case .outOfRange(let f, let l, let c, let name, let text):
            return "\(f):\(l):\(c): column '\(name)': \(CSVNumber.problem(text))"
        case .missingValue(let f, let l, let c, let name, let hint):
            return "\(f):\(l):\(c): column '\(name)': missing value; \(hint)"
        case .nonNumericColumn(let f, let l, let c, let name, let text):
            return "\(f):\(l):\(c): column '\(name)' is not numeric ('\(text)'); "
                + "remove the column or write its cells as numbers"
        case .tooManyCategories(let f, _, let name, let count, let limit, let hint):
            return "\(f): column '\(name)' has \(count) distinct values, more than the \(limit) categories allowed; "
                + hint
        case .unknownColumn(let f, let column, let available):
            return "\(f): unknown column \(column); columns are \(available.map { "'\($0)'" }.joined(separator: ", "))"
        case .unknownClass(let f, let l, let c, let label, let names):
            return "\(f):\(l):\(c): class label '\(label)' is not one of \(names)"
        case .noFeatureColumns(let f, let hint):
            return "\(f): no feature columns besides the target" + (hint.isEmpty ? "" : "; \(hint)")
        case .tooFewClasses(let f, let column, let classes):
            let found = classes.isEmpty ? "no class" : "only the class '\(classes[0])'"
            return "\(f): target column '\(column)' has \(found); a classification target needs at least 2 classes"
        case .incompatibleTarget(let f, let reason):
            return "\(f): \(reason)"
        case .badMagic(let f, let found, let hint):
            let hex = found.map { String($0, radix: 16, uppercase: false) }.map { $0.count == 1 ? "0" + $0 : $0 }
            return "\(f): bad IDX magic number \(hex.joined(separator: " ")); \(hint)"
        case .truncated(let f, let expected, let found):
            return "\(f): IDX header promises \(expected) bytes, file has \(found)"
        case .mismatch(let f, let reason):
            return "\(f): \(reason)"
        case .invalidParameter(let name, let reason):
            return "invalid \(name): \(reason)"
        case .unknownDataset(let name, let valid):
            return "unknown dataset '\(name)'; bundled datasets are \(valid.joined(separator: ", "))"
        }
    }
}
