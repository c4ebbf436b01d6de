import ArgumentParser
import Foundation
import LinearAlgebra

/// The input of `tuner predict`: a comma-separated file with a header row, read by column name so the columns
/// may come in any order and extra columns are ignored. Fields may be quoted (RFC 4180, `""` for a quote);
/// quoted fields cannot span lines. Errors are usage errors naming `file:line:column`.
struct CSVRows {
    /// The raw feature rows, n × (number of requested features), in the requested order.
    var features: Matrix<Float>
    /// The target column's cells, when the file has it.
    var targets: [String]?
    /// The 1-based file line of each row.
    var lines: [Int]

    /// Reads `path`, taking `featureNames` (all required) and `targetName` (optional) by header name.
    static func read(path: String, featureNames: [String], targetName: String) throws -> CSVRows {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("--input: \(path): cannot read file")
        }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        guard let headerLine = lines.first else { throw ValidationError("--input: \(path): empty file") }
        let header = fields(of: headerLine)
        var columns: [Int] = []
        for name in featureNames {
            guard let j = header.firstIndex(of: name) else {
                throw ValidationError("--input: \(path):1: missing column '\(name)' (the model needs \(featureNames.map { "'\($0)'" }.joined(separator: ", ")))")
            }
            columns.append(j)
        }
        let targetColumn = header.firstIndex(of: targetName)
        var values: [Float] = [], targets: [String] = [], rowLines: [Int] = []
        for (k, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let lineNumber = k + 1
            let cells = fields(of: line)
            guard cells.count == header.count else {
                throw ValidationError("--input: \(path):\(lineNumber): row has \(cells.count) fields, the header has \(header.count)")
            }
            for (name, j) in zip(featureNames, columns) {
                let cell = cells[j].trimmingCharacters(in: .whitespaces)
                guard let x = Float(cell), x.isFinite else {
                    throw ValidationError("--input: \(path):\(lineNumber):\(j + 1): column '\(name)': '\(cell)' is not a number")
                }
                values.append(x)
            }
            if let t = targetColumn { targets.append(cells[t].trimmingCharacters(in: .whitespaces)) }
            rowLines.append(lineNumber)
        }
        guard !rowLines.isEmpty else { throw ValidationError("--input: \(path): no data rows") }
        return CSVRows(features: Matrix(rows: rowLines.count, columns: featureNames.count, elements: values),
                       targets: targetColumn == nil ? nil : targets, lines: rowLines)
    }

    /// The fields of one line, split at commas outside double quotes, quotes removed.
    static func fields(of line: String) -> [String] {
        var result: [String] = [], field = "", quoted = false
        var chars = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                result.append(field)
                field = ""
            } else {
                field.append(c)
            }
        }
        result.append(field)
        return result
    }
}
