import Benchmarking
import Foundation

/// Prints benchmark output as it is measured: each line flushed at once (all C streams), so rows appear as
/// they are measured, also through pipes.
enum BenchOutput {
    static func line(_ text: String) {
        print(text)
        fflush(nil)
    }

    /// A printer of `report`'s rows.
    static func rows(_ report: BenchReport) -> ([String: BenchValue]) -> Void {
        var report = report
        return { values in report.lines(values).forEach(line) }
    }

    /// One line on standard error.
    static func note(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
}
