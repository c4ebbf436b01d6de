import Foundation

/// The layout the regret and hypervolume summaries share: per problem, a table of samplers × checkpoints, then
/// one line (or row) per problem naming the samplers with the best median at the last checkpoint.
struct ProblemTableLayout {
    /// The sentence above the tables (without a final period).
    var caption: String
    var problems: [String]
    /// The header and rows of one problem's table.
    var table: (String) -> (header: [String], rows: [[String]])
    /// The samplers with the best median of a problem, and that median.
    var winners: (String) -> (samplers: [String], median: Double)?
    var format: (Double) -> String
    /// "Lowest median final regret (n=60)".
    var winnersTitle: String
    /// The winners table's value column in Markdown ("median regret").
    var winnersColumn: String
    /// Added to each problem's Markdown heading (" (hypervolume)").
    var headingSuffix = ""

    /// Plain text: aligned tables, then `title:` and one `problem: samplers (median)` line per problem.
    var text: String {
        var out = caption + "\n"
        for p in problems {
            let (header, rows) = table(p)
            let widths = header.indices.map { j in ([header] + rows).map { $0[j].count }.max()! }
            func line(_ cells: [String]) -> String {
                zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
            }
            out += "\n\(p)\n  " + line(header) + "\n" + rows.map { "  " + line($0) + "\n" }.joined()
        }
        out += "\n\(winnersTitle):\n"
        for p in problems {
            let w = winners(p)
            out += "  \(p): " + (w.map { "\($0.samplers.joined(separator: " = ")) (\(format($0.median)))" } ?? "–")
            out += "\n"
        }
        return out
    }

    /// Markdown: one table per problem under a `####` heading, then a table of the winners.
    var markdown: String {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        var out = caption + ".\n"
        for p in problems {
            let (header, rows) = table(p)
            out += "\n#### \(p)\(headingSuffix)\n\n" + row(header) + row(header.map { _ in "---" })
            out += rows.map(row).joined()
        }
        out += "\n#### \(winnersTitle)\n\n" + row(["problem", "sampler", winnersColumn]) + row(["---", "---", "---"])
        for p in problems {
            let w = winners(p)
            let samplers = w.map { $0.samplers.joined(separator: " = ") } ?? "–"
            out += row([p, samplers, w.map { format($0.median) } ?? "–"])
        }
        return out
    }
}
