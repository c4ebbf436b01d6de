/// The raw cells of a delimited file, for readers that pick columns by name instead of building a `Dataset`
/// (applying a saved model to a new file, whose columns may come in any order among others).
///
/// The text is split by `CSVTokenizer` (RFC 4180 quoting, spaces around fields trimmed, blank lines skipped), so
/// the rules are those of `Dataset.csv`: the first record is the header, and an empty header cell is named
/// `x<j>` (0-based), as `Dataset.csv` names it. Nothing is parsed or checked beyond the quoting: rows keep the
/// field count they have in the file.
public struct CSVTable: Sendable, Equatable {
    /// One data record: its 1-based file line and its fields (unquoted, trimmed).
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    /// The header's column names; empty when the file holds no record at all.
    public var columnNames: [String]
    /// The records after the header, in file order.
    public var rows: [Row]

    /// Reads the file at `path`; errors name the file (`unreadable`, `badQuote`).
    public static func read(path: String, delimiter: Character = ",") throws(DatasetError) -> CSVTable {
        try CSVTable(bytes: FileAccess.bytes(at: path), file: path, delimiter: delimiter)
    }

    /// Splits CSV text held in memory; `file` names it in errors.
    public init(text: String, file: String = "<text>", delimiter: Character = ",") throws(DatasetError) {
        try self.init(bytes: Array(text.utf8), file: file, delimiter: delimiter)
    }

    init(bytes: [UInt8], file: String, delimiter: Character) throws(DatasetError) {
        let byte = try CSVOptions(delimiter: delimiter).delimiterByte()
        let records = try CSVTokenizer.records(in: bytes, delimiter: byte, file: file)
        columnNames = records.first.map { CSVTable.columnNames(header: $0.fields) } ?? []
        rows = records.dropFirst().map { Row(line: $0.line, fields: $0.fields) }
    }

    /// The names of a header record: each cell, or `x<j>` for an empty one.
    static func columnNames(header: [String]) -> [String] {
        header.enumerated().map { $1.isEmpty ? "x\($0)" : $1 }
    }
}
