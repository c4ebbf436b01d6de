import Foundation

extension BenchmarkSummary {
    /// Two significant digits, as in `docs/bench/ANCHORS.md`; an en dash for NaN (no seed reached the point).
    public static func format(_ x: Double) -> String { x.isNaN ? "–" : String(format: "%.2g", x) }

    /// `median [25th-75th]` of a cell at checkpoint index `i`, or an en dash when no seed reached it.
    func cellText(_ cell: Cell, _ i: Int) -> String {
        cell.counts[i] == 0
            ? "–"
            : "\(Self.format(cell.median[i])) [\(Self.format(cell.q25[i]))-\(Self.format(cell.q75[i]))]"
    }

    /// The header and rows of one problem's table: sampler, seeds, one column per checkpoint, s/proposal.
    func table(_ problem: String) -> (header: [String], rows: [[String]]) {
        let header = ["sampler", "seeds"] + checkpoints.map { "n=\($0)" } + ["s/proposal"]
        let rows = samplers[problem]!.map { s -> [String] in
            let cell = cells[problem]![s]!
            return [s, "\(cell.counts.last ?? 0)"] + checkpoints.indices.map { cellText(cell, $0) }
                + [Self.format(cell.medianProposalSeconds)]
        }
        return (header, rows)
    }

    /// Plain text: one aligned table per problem, then the lowest median final regret per problem.
    public var text: String {
        var out =
            "Best-so-far regret: median [25th-75th percentile] over seeds at n trials;"
            + " median seconds per proposal\n"
        for p in problems {
            let (header, rows) = table(p)
            let widths = header.indices.map { j in ([header] + rows).map { $0[j].count }.max()! }
            func line(_ cells: [String]) -> String {
                zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
            }
            out += "\n\(p)\n  " + line(header) + "\n" + rows.map { "  " + line($0) + "\n" }.joined()
        }
        out += "\nLowest median final regret (n=\(checkpoints.last ?? 0)):\n"
        for p in problems {
            let w = winners(of: p)
            out +=
                "  \(p): "
                + (w.map { "\($0.samplers.joined(separator: " = ")) (\(Self.format($0.median)))" } ?? "–") + "\n"
        }
        return out + (hypervolume.isEmpty ? "" : "\n" + hypervolume.text)
    }

    /// Markdown: one table per problem, then a table of the lowest median final regret per problem.
    public var markdown: String {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        var out =
            "Best-so-far regret: median [25th-75th percentile] over seeds at n trials;"
            + " median seconds per proposal.\n"
        for p in problems {
            let (header, rows) = table(p)
            out += "\n#### \(p)\n\n" + row(header) + row(header.map { _ in "---" }) + rows.map(row).joined()
        }
        out += "\n#### Lowest median final regret (n=\(checkpoints.last ?? 0))\n\n"
        out += row(["problem", "sampler", "median regret"]) + row(["---", "---", "---"])
        for p in problems {
            let w = winners(of: p)
            out += row([
                p, w.map { $0.samplers.joined(separator: " = ") } ?? "–",
                w.map { Self.format($0.median) } ?? "–",
            ])
        }
        return out + (hypervolume.isEmpty ? "" : "\n" + hypervolume.markdown)
    }
}
