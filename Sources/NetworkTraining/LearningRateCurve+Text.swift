import Foundation
import NeuralNetwork

extension LearningRateCurve {
    /// Why the test ended, in words: `completed 120 steps`, `stopped at step 87: smoothed loss above 4× its
    /// best`, `stopped at step 12: NaN or infinite loss` (steps counted from 1).
    public var stopDescription: String {
        switch stop {
        case .completed: return "completed \(rates.count) steps"
        case .diverged(let step): return "stopped at step \(step + 1): smoothed loss above 4× its best"
        case .nonFinite(let step): return "stopped at step \(step + 1): NaN or infinite loss"
        }
    }

    /// Why the test ended, as a JSON value: `completed`, `diverged` or `non_finite`.
    public var stopName: String {
        switch stop {
        case .completed: return "completed"
        case .diverged: return "diverged"
        case .nonFinite: return "non_finite"
        }
    }

    /// The text report: every `every`-th point (default: about 25 rows) as `rate  smoothed loss`, why the test
    /// stopped, and both suggestions (three significant digits).
    public func textLines(every: Int? = nil) -> [String] {
        let k = every ?? Swift.max(1, rates.count / 25)
        var lines = ["learning rate   smoothed loss"]
        for i in stride(from: 0, to: rates.count, by: k) {
            lines.append(String(format: "%13.3e   %13.5f", rates[i], smoothedLosses[i]))
        }
        func rate(_ r: Double?) -> String { r.map { String(format: "%.3g", $0) } ?? "none (too few points)" }
        return lines + [
            stopDescription,
            "suggested learning rate (steepest descent): " + rate(suggestion.steepest),
            "suggested learning rate (minimum / 10):     " + rate(suggestion.minimumOverTen),
        ]
    }
}
