/// One record of a delimited file: its fields (unquoted, trimmed) and the 1-based line where it starts.
struct CSVRecord: Sendable, Equatable {
    var line: Int
    var fields: [String]
}

/// Splits delimited text into records, following RFC 4180 ("Common Format and MIME Type for CSV Files", 2005):
/// fields separated by one delimiter byte, records by LF, CRLF or CR; a field may be quoted with `"`, and inside
/// quotes the delimiter and line breaks are literal and `""` is one quote.
///
/// Lenient where it is harmless: spaces around fields are trimmed (not inside quotes), a quote inside an unquoted
/// field is kept literally, blank lines are skipped, a UTF-8 byte-order mark is ignored. Strict where guessing
/// would corrupt data: an unterminated quote, or text between a closing quote and the delimiter, is an error.
enum CSVTokenizer {
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// The records of `bytes`; `file` only names the source in errors.
    static func records(in bytes: [UInt8], delimiter: UInt8, file: String) throws(DatasetError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let n = bytes.count
        let isBlank = { (b: UInt8) in (b == space || b == tab) && b != delimiter }

        func finishField(trimTrailing: Bool) {
            if trimTrailing { while let last = field.last, isBlank(last) { field.removeLast() } }
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func finishRecord() {
            let blank = fields.count == 1 && fields[0].isEmpty
            if !blank { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        /// Consumes a line break at `i` (LF, CRLF or CR) and returns true, or returns false.
        func consumeLineBreak() -> Bool {
            guard i < n else { return false }
            if bytes[i] == lineFeed {
                i += 1
                line += 1
                return true
            }
            if bytes[i] == carriageReturn {
                i += 1
                if i < n && bytes[i] == lineFeed { i += 1 }
                line += 1
                return true
            }
            return false
        }

        while i < n {
            // Start of a field: skip leading blanks.
            while i < n && isBlank(bytes[i]) { i += 1 }
            if fields.isEmpty { recordLine = line }
            if i < n && bytes[i] == quote {
                let startLine = line
                i += 1
                var closed = false
                while i < n {
                    let b = bytes[i]
                    if b == quote {
                        if i + 1 < n && bytes[i + 1] == quote {
                            field.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if b == lineFeed || (b == carriageReturn && !(i + 1 < n && bytes[i + 1] == lineFeed)) { line += 1 }
                    field.append(b)
                    i += 1
                }
                guard closed else {
                    throw .badQuote(
                        file: file, line: startLine, column: fields.count + 1,
                        reason: "quoted field is never closed")
                }
                while i < n && isBlank(bytes[i]) { i += 1 }
                finishField(trimTrailing: false)
                if i < n && bytes[i] == delimiter {
                    i += 1
                    if i == n { fields.append("") }
                } else if i == n || consumeLineBreak() {
                    finishRecord()
                } else {
                    throw .badQuote(
                        file: file, line: line, column: fields.count,
                        reason: "unexpected text after closing quote")
                }
            } else {
                while i < n, bytes[i] != delimiter, bytes[i] != lineFeed, bytes[i] != carriageReturn {
                    field.append(bytes[i])
                    i += 1
                }
                finishField(trimTrailing: true)
                if i < n && bytes[i] == delimiter {
                    i += 1
                    if i == n { fields.append("") }
                } else {
                    _ = consumeLineBreak()
                    finishRecord()
                }
            }
        }
        if !fields.isEmpty { finishRecord() }
        return records
    }
}
