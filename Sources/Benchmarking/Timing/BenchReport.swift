import Foundation

/// One value in a benchmark row.
public enum BenchValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case number(Double)

    /// As a JSON value: text quoted, numbers with six significant digits, non-finite numbers `null`.
    public var json: String {
        switch self {
        case .text(let s): "\"\(s)\""
        case .integer(let i): "\(i)"
        case .number(let x): x.isFinite ? String(format: "%.6g", x) : "null"
        }
    }

    /// For people: one decimal from 100 up, two from 1 up, else four significant digits.
    public var human: String {
        switch self {
        case .text(let s): s
        case .integer(let i): "\(i)"
        case .number(let x): String(format: x >= 100 ? "%.1f" : (x >= 1 ? "%.2f" : "%.4g"), x)
        }
    }
}

/// Formats benchmark rows as they are measured: an aligned table for people (a header line before the first
/// row, each column as wide as its name and at least 10 characters, `-` for a missing value), or one JSON object
/// per line (keys in the column order given, missing values left out) for scripts.
public struct BenchReport: Sendable {
    public let json: Bool
    public let columns: [String]
    private var printedHeader = false

    public init(json: Bool, columns: [String]) {
        self.json = json
        self.columns = columns
    }

    /// The lines of one row (the header first, before the first table row).
    public mutating func lines(_ values: [String: BenchValue]) -> [String] {
        if json {
            let fields = columns.compactMap { key in values[key].map { "\"\(key)\":\($0.json)" } }
            return ["{" + fields.joined(separator: ",") + "}"]
        }
        let cell = { (text: String, column: String) in
            text.padding(toLength: max(10, column.count, text.count), withPad: " ", startingAt: 0)
        }
        var lines: [String] = []
        if !printedHeader {
            lines.append(columns.map { cell($0, $0) }.joined(separator: " "))
            printedHeader = true
        }
        lines.append(columns.map { cell(values[$0]?.human ?? "-", $0) }.joined(separator: " "))
        return lines
    }
}
