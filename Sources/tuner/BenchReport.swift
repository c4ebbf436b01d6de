import Foundation

/// One value in a benchmark row.
enum BenchValue {
    case text(String), integer(Int), number(Double)

    var json: String {
        switch self {
        case let .text(s): "\"\(s)\""
        case let .integer(i): "\(i)"
        case let .number(x): x.isFinite ? String(format: "%.6g", x) : "null"
        }
    }

    var human: String {
        switch self {
        case let .text(s): s
        case let .integer(i): "\(i)"
        case let .number(x): String(format: x >= 100 ? "%.1f" : (x >= 1 ? "%.2f" : "%.4g"), x)
        }
    }
}

/// Prints benchmark rows as they are measured: an aligned table for people, or one JSON object per line
/// (keys in the column order given) for scripts.
final class BenchReport {
    let json: Bool
    let columns: [String]
    private var printedHeader = false

    init(json: Bool, columns: [String]) {
        self.json = json
        self.columns = columns
    }

    func row(_ values: [String: BenchValue]) {
        if json {
            let fields = columns.compactMap { key in values[key].map { "\"\(key)\":\($0.json)" } }
            print("{" + fields.joined(separator: ",") + "}")
        } else {
            if !printedHeader {
                print(columns.map { $0.padding(toLength: 10, withPad: " ", startingAt: 0) }.joined(separator: " "))
                printedHeader = true
            }
            print(columns.map { (values[$0]?.human ?? "-").padding(toLength: 10, withPad: " ", startingAt: 0) }
                .joined(separator: " "))
        }
        fflush(nil)   // all C streams: rows appear as they are measured, also through pipes
    }
}
