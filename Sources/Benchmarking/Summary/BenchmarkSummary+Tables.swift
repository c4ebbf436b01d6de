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

    /// The tables' layout: per problem, samplers × checkpoints; then the lowest median final regret.
    var layout: ProblemTableLayout {
        ProblemTableLayout(
            caption: "Best-so-far regret: median [25th-75th percentile] over seeds at n trials;"
                + " median seconds per proposal",
            problems: problems, table: table, winners: winners(of:), format: Self.format,
            winnersTitle: "Lowest median final regret (n=\(checkpoints.last ?? 0))", winnersColumn: "median regret")
    }

    /// Plain text: one aligned table per problem, then the lowest median final regret per problem (and the
    /// hypervolume tables of multi-objective problems).
    public var text: String { layout.text + (hypervolume.isEmpty ? "" : "\n" + hypervolume.text) }

    /// Markdown: one table per problem, then a table of the lowest median final regret per problem.
    public var markdown: String { layout.markdown + (hypervolume.isEmpty ? "" : "\n" + hypervolume.markdown) }
}
