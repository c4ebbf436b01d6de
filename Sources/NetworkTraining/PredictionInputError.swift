import Datasets

/// Why a file could not be read as input to a model; `description` starts with the file's path (and line and
/// column when the problem has one).
public enum PredictionInputError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String)
    case empty(path: String)
    /// The header lacks a column the model needs.
    case missingColumn(path: String, name: String, required: [String])
    case raggedRow(path: String, line: Int, fields: Int, headerFields: Int)
    /// A feature cell that is not a finite number, or a number too large for a `Float` (said so: `CSVNumber`).
    case notANumber(path: String, line: Int, column: Int, name: String, text: String)
    /// A missing cell where the model has no imputer (trained with missing cells an error or dropped).
    case missingValue(path: String, line: Int, column: Int, name: String)
    case noRows(path: String)
    /// The file is badly quoted (as `Datasets` reports it).
    case malformed(DatasetError)

    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path): cannot read file"
        case .empty(let path): return "\(path): empty file"
        case .missingColumn(let path, let name, let required):
            return "\(path):1: missing column '\(name)' (the model needs "
                + required.map { "'\($0)'" }.joined(separator: ", ") + ")"
        case .raggedRow(let path, let line, let fields, let headerFields):
            return "\(path):\(line): row has \(fields) fields, the header has \(headerFields)"
        case .notANumber(let path, let line, let column, let name, let text):
            return "\(path):\(line):\(column): column '\(name)': \(CSVNumber.problem(text))"
        case .missingValue(let path, let line, let column, let name):
            return "\(path):\(line):\(column): column '\(name)': missing value; the model imputes none "
                + "(trained with --missing drop or error): fill in the value or remove the row"
        case .noRows(let path): return "\(path): no data rows"
        case .malformed(let error): return "\(error)"
        }
    }
}
