import Datasets
import Foundation
import Tuning

/// The sweep CSV on disk: `BenchmarkRow.csvHeader`, then one `BenchmarkRow` per line, shared with
/// `scripts/compare-peers` (the peers write the same columns). Text is split by the `Datasets` CSV tokenizer
/// (`CSVTable`), so quoting and spacing follow the same rules as every other CSV the package reads.
///
/// Appends are whole runs in one write, so a run is in the file wholly or not at all, except for a last line
/// torn by a writer killed mid-write: reading ignores a last line without its newline, and `SweepResume` cuts it
/// before appending.
public enum SweepFile {
    /// The rows of `path`, which must start with the header (or the nine columns of a file written before the
    /// multi-objective ones existed); a missing file has no rows.
    public static func read(_ path: String) throws(SweepFileError) -> [BenchmarkRow] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        return try rows(in: String(decoding: data, as: UTF8.self), file: path, hasHeader: true)
    }

    /// The rows of CSV `text` (complete lines only: a last line without its newline is ignored). With
    /// `hasHeader` the first record must be the header; without, every record is a row (a child's rows file).
    public static func rows(in text: String, file: String, hasHeader: Bool) throws(SweepFileError) -> [BenchmarkRow] {
        // Bytes, not Characters: "\r\n" is one Character, which is not "\n".
        var bytes = Array(text.utf8)
        bytes.removeSubrange((bytes.lastIndex(of: 10).map { $0 + 1 } ?? 0)...)  // a torn last line, if any
        let complete = String(decoding: bytes, as: UTF8.self)
        let table: CSVTable
        do {
            let body = hasHeader ? complete : BenchmarkRow.csvHeader + "\n" + complete
            table = try CSVTable(text: body, file: file)
        } catch {
            throw .malformed("\(error)")
        }
        guard !table.columnNames.isEmpty else { return [] }
        let header = table.columnNames
        if hasHeader && header != BenchmarkRow.csvColumns && header != BenchmarkRow.legacyCSVColumns {
            throw .missingHeader(path: file)
        }
        var rows: [BenchmarkRow] = []
        for record in table.rows {
            // Under the nine legacy columns a row has nine fields; under the twelve, nine (no measures) or twelve.
            guard record.fields.count <= header.count || !hasHeader, let row = BenchmarkRow(csvFields: record.fields)
            else {
                throw .badRow(path: file, line: hasHeader ? record.line : record.line - 1)
            }
            guard (0...BenchmarkRow.maximumTrial).contains(row.trial) else {
                throw .badField(
                    path: file, line: hasHeader ? record.line : record.line - 1, field: "trial",
                    reason: "must be a whole number from 0 to \(BenchmarkRow.maximumTrial), got \(row.trial)")
            }
            rows.append(row)
        }
        return rows
    }

    /// The runs of `rows` that are complete for a budget of `trials`: exactly the trials 1…trials, once each.
    public static func completeRuns(_ rows: [BenchmarkRow], trials: Int) -> Set<BenchmarkRunKey> {
        var seen: [BenchmarkRunKey: [Int]] = [:]
        for row in rows { seen[row.run, default: []].append(row.trial) }
        return Set(seen.filter { $0.value.sorted() == Array(1...max(trials, 1)) }.keys)
    }

    /// Whether `path` starts with the header of `BenchmarkRow.csvColumns` (false for a file of the nine legacy
    /// columns, which must be rewritten before rows of twelve are appended, and for a missing or empty file).
    public static func hasCurrentHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: BenchmarkRow.csvHeader.utf8.count + 2)) ?? Data()
        let firstLine = String(decoding: head, as: UTF8.self).split(whereSeparator: \.isNewline).first
        return firstLine.map(String.init) == BenchmarkRow.csvHeader
    }

    /// Whether `path` ends with a newline (false for a torn last line, which must be cut before appending).
    public static func endsWithNewline(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size > 0 else { return false }
        try? handle.seek(toOffset: size - 1)
        return (try? handle.readToEnd())?.first == 10
    }

    /// Rewrites `path` with the header and `rows`, through `SafeFileWriter` (complete or not at all).
    public static func rewrite(_ path: String, rows: [BenchmarkRow]) throws {
        let text = ([BenchmarkRow.csvHeader] + rows.map(\.csvLine)).joined(separator: "\n") + "\n"
        try SafeFileWriter.write(text, to: path)
    }

    /// The lines of `rows`, each with its newline, as a child writes them and `append` adds them.
    public static func lines(_ rows: [BenchmarkRow]) -> String { rows.map { $0.csvLine + "\n" }.joined() }

    /// Appends `text` (whole lines) to `path` with one write, then flushes it to disk.
    public static func append(_ text: String, to path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: path) else { throw SweepFileError.unwritable(path: path) }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.synchronize()
    }
}
