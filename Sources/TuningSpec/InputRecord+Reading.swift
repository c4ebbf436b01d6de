import Datasets
import Foundation

extension InputRecord {
    /// The longest line a batch file may hold (1 MiB): a longer one is refused, naming its line, before any
    /// parsing.
    public static let maximumLineBytes = 1 << 20
    /// The largest batch file read (64 MiB).
    public static let maximumInputBytes = 64 << 20

    /// How messages name the file at `path`: `stdin` for `-`, else the path.
    public static func name(ofPath path: String) -> String { path == "-" ? "stdin" : path }

    /// Reads the records of file `path` (`-`: standard input, named `stdin` in messages); see `records(in:file:)`.
    /// Errors (`SpecError`) name the file: missing, a directory, unreadable, larger than `maximumInputBytes`.
    public static func read(path: String) throws(SpecError) -> [InputRecord] {
        let name = name(ofPath: path)
        let handle: FileHandle?
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard !path.isEmpty else {
                throw SpecError(file: "--file", line: nil, field: "", message: "needs a file name (or - for stdin)")
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw SpecError(file: name, line: nil, field: "", message: "no such file")
            }
            guard !isDirectory.boolValue else {
                throw SpecError(file: name, line: nil, field: "", message: "is a directory, not a file")
            }
            handle = FileHandle(forReadingAtPath: path)
        }
        guard let handle else { throw SpecError(file: name, line: nil, field: "", message: "cannot be read") }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumInputBytes + 1) ?? Data()
        } catch {
            throw SpecError(file: name, line: nil, field: "", message: "cannot be read (\(error))")
        }
        guard data.count <= maximumInputBytes else {
            throw SpecError(file: name, line: nil, field: "", message: "larger than \(maximumInputBytes >> 20) MiB")
        }
        return try records(in: String(decoding: data, as: UTF8.self), file: name)
    }

    /// The records of `text`, in one of three formats told apart by the first character that is not white
    /// space:
    ///
    /// - `[`: a JSON array of objects (the format of `tuner export --format json`);
    /// - `{`: JSON lines, one object per line (blank lines skipped; the format of `tuner ask`);
    /// - anything else: CSV with a header row (RFC 4180 quoting, blank lines skipped).
    ///
    /// Every line must be at most `maximumLineBytes` long. Errors (`SpecError`) name the file and line, or the
    /// element of a JSON array. Empty text has no records.
    public static func records(in text: String, file: String) throws(SpecError) -> [InputRecord] {
        try checkLineLengths(text, file: file)
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text  // a UTF-8 byte-order mark
        switch text.first(where: { !$0.isWhitespace }) {
        case nil: return []
        case "[": return try jsonArray(text, file: file)
        case "{": return try jsonLines(text, file: file)
        default: return try csv(text, file: file)
        }
    }

    private static func checkLineLengths(_ text: String, file: String) throws(SpecError) {
        var line = 1
        var length = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                (line, length) = (line + 1, 0)
                continue
            }
            length += 1
            if length > maximumLineBytes {
                throw SpecError(
                    file: file, line: line, field: "", message: "line longer than \(maximumLineBytes) bytes")
            }
        }
    }

    private static func fields(_ object: [String: JSONInputValue]) -> [(name: String, value: Value)] {
        object.keys.sorted().map { ($0, .json(object[$0]!)) }
    }

    private static func jsonLines(_ text: String, file: String) throws(SpecError) -> [InputRecord] {
        var records: [InputRecord] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy(\.isWhitespace) { continue }
            guard case .object(let object)? = JSONInputValue.parse(line) else {
                throw SpecError(
                    file: file, line: offset + 1, field: "", message: "not a JSON object on one line")
            }
            records.append(InputRecord(file: file, line: offset + 1, index: nil, fields: fields(object)))
        }
        return records
    }

    private static func jsonArray(_ text: String, file: String) throws(SpecError) -> [InputRecord] {
        guard case .array(let items)? = JSONInputValue.parse(Substring(text)) else {
            throw SpecError(file: file, line: nil, field: "", message: "not a JSON array of objects")
        }
        var records: [InputRecord] = []
        for (index, item) in items.enumerated() {
            guard case .object(let object) = item else {
                throw SpecError(file: file, line: nil, field: "[\(index)]", message: "must be an object")
            }
            records.append(InputRecord(file: file, line: nil, index: index, fields: fields(object)))
        }
        return records
    }

    private static func csv(_ text: String, file: String) throws(SpecError) -> [InputRecord] {
        let table: CSVTable
        do {
            table = try CSVTable(text: text, file: file)
        } catch {
            throw SpecError(file: "", line: nil, field: "", message: error.description)
        }
        var seen = Set<String>()
        for name in table.columnNames where !seen.insert(name).inserted {
            throw SpecError(file: file, line: 1, field: name, message: "column named twice in the header")
        }
        return try table.rows.map { (row) throws(SpecError) -> InputRecord in
            guard row.fields.count <= table.columnNames.count else {
                throw SpecError(
                    file: file, line: row.line, field: "",
                    message: "\(row.fields.count) fields, but the header has \(table.columnNames.count)")
            }
            let cells = zip(table.columnNames, row.fields).filter { !$0.1.isEmpty }
            return InputRecord(file: file, line: row.line, index: nil, fields: cells.map { ($0, .text($1)) })
        }
    }
}
