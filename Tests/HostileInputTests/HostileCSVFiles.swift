import Foundation
import Randomness

/// Generated CSV files: text cells, missing markers (`NA`, empty, `?`), numbers too large for a Float (`1e39`)
/// or any Double (`1e400`), quotes (closed, doubled, unclosed, with delimiters and line breaks inside), ragged
/// rows, a byte-order mark, CRLF line ends, huge cells, and as few as one or two rows.
extension Xoshiro256StarStar {
    /// One cell: mostly numbers, sometimes anything a spreadsheet exports; with `numeric`, a number (some of
    /// them too large for a Float) nineteen times in twenty.
    mutating func hostileCell(numeric: Bool = false) -> String {
        if numeric {
            if chance(0.95) { return chance(0.1) ? pick(["1e39", "-1e39", "1e308", "3.4e38"]) : "\(int(0...2))" }
            return pick(["", "NA", "?", "1e400", "abc"])
        }
        switch int(0...11) {
        case 0...5:
            return chance(0.5) ? "\(int(0...2))" : String(format: "%.3f", Double.random(in: -5...5, using: &self))
        case 6: return hostileNumberText()
        case 7: return pick(["", "NA", "N/A", "?", "nan", "NaN", " ", "null", "-"])
        case 8: return pick(["\"1,5\"", "\"a \"\"quoted\"\" b\"", "\"unclosed", "x\"y", "\"line\nbreak\"", "\"\""])
        case 9: return pick(["cat", "dog", "relu; touch pwned #", "é", "=cmd|' /C calc'!A0", "TRUE"])
        case 10: return String(repeating: "9", count: int(40...400))
        default: return chance(0.5) ? String(repeating: "7", count: int(2000...100_000)) : hostileText()
        }
    }

    /// A CSV file's text (a header and 1-12 rows, or a degenerate file); with `numeric`, mostly valid numeric
    /// data (so that a property reaches what comes after parsing: tiny datasets, numbers beyond a Float).
    mutating func hostileCSV(numeric: Bool = false) -> String {
        if !numeric && chance(0.04) { return pick(["", "\n", "a,b\n", "\u{FEFF}", "a\n1\n", "\"", ",,,\n,,,\n"]) }
        let columns = int(1...5)
        let rowCount = pick([1, 1, 2, 2, 3, 5, 8, 12])
        var header = (0..<columns).map { "c\($0)" }
        if chance(0.1) { header[int(0...columns - 1)] = pick(["", "c0", "\"a,b\"", "é", "target"]) }
        var lines = [header.joined(separator: ",")]
        for _ in 0..<rowCount {
            var count = columns
            if chance(0.05) { count = max(0, columns + pick([-1, 1])) }
            lines.append((0..<count).map { _ in hostileCell(numeric: numeric) }.joined(separator: ","))
        }
        let newline = chance(0.1) ? "\r\n" : "\n"
        var text = lines.joined(separator: newline)
        if chance(0.8) { text += newline }
        if chance(0.1) { text = "\u{FEFF}" + text }
        return text
    }
}
