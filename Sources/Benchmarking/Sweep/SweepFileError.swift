/// Why a sweep CSV could not be read or written; each description is one line naming the file.
public enum SweepFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String)
    case unwritable(path: String)
    case missingHeader(path: String)
    case badRow(path: String, line: Int)
    /// A field of a well-formed row whose value is out of its range (a `trial` past `BenchmarkRow.maximumTrial`).
    case badField(path: String, line: Int, field: String, reason: String)
    /// The text is not CSV (an unclosed quote, text after a closing quote): the tokenizer's message.
    case malformed(String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path): cannot read file"
        case .unwritable(let path): return "cannot write \(path)"
        case .missingHeader(let path): return "\(path):1: expected the header '\(BenchmarkRow.csvHeader)'"
        case .badRow(let path, let line):
            return "\(path):\(line): not a row of nine or twelve fields (\(BenchmarkRow.csvHeader))"
        case .badField(let path, let line, let field, let reason): return "\(path):\(line): \(field): \(reason)"
        case .malformed(let message): return message
        }
    }
}
