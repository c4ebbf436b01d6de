import Foundation

/// Plain-text tables for terminals: left-aligned columns separated by two spaces.
public enum TextTable {
    /// `rows` (the first one the header, all of equal length) with every column but the last padded to its
    /// widest cell; trailing spaces are trimmed. Widths count characters, so wide glyphs may misalign.
    public static func render(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        let widths = (0..<first.count).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in
                c == row.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
            }
            .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
