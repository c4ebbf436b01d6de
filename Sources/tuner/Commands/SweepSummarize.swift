import ArgumentParser
import Benchmarking
import Foundation

/// `tuner sweep summarize FILE`: the `BenchmarkSummary` of a sweep CSV (ours, the peers' from
/// `scripts/compare-peers`, or both merged) as aligned text or Markdown.
struct SweepSummarize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: """
            Median and quartiles of best-so-far regret at checkpoints, and seconds per proposal, from a sweep CSV.
            """,
        discussion: """
            Examples:
              tuner sweep summarize results.csv
              tuner sweep summarize all.csv --checkpoints 10,30,60 --markdown > table.md
            """
    )

    @Argument(help: "A CSV written by `tuner sweep` or `scripts/compare-peers`.")
    var file: String

    @Option(help: "Comma-separated trial counts (default: every 10 up to the longest run).")
    var checkpoints: String?

    @Flag(help: "Print Markdown tables instead of text.")
    var markdown = false

    func validate() throws {
        _ = try checkpointList()
    }

    func checkpointList() throws -> [Int]? {
        guard let checkpoints else { return nil }
        let items = checkpoints.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let values = items.map { Int($0) }
        guard !items.isEmpty, values.allSatisfy({ ($0 ?? 0) >= 1 }) else {
            throw ValidationError("--checkpoints: expected positive integers separated by commas, got '\(checkpoints)'")
        }
        return values.map { $0! }.sorted()
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("\(file): no such file") }
        let rows: [BenchmarkRow]
        do { rows = try SweepFile.read(file) } catch { throw ValidationError("\(error)") }
        guard !rows.isEmpty else { throw ValidationError("\(file): no rows") }
        let summary = BenchmarkSummary(rows: rows, checkpoints: try checkpointList())
        print(markdown ? summary.markdown : summary.text, terminator: "")
    }
}
