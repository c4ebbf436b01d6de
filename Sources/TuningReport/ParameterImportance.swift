import Foundation
import Tuning

/// How much of the variation of the objective each hyperparameter explains on its own: the main-effect variance
/// fraction of functional ANOVA (Hutter, Hoos & Leyton-Brown, "An efficient approach for assessing
/// hyperparameter importance", ICML 2014), estimated not with a random forest but directly from the complete
/// trials by the bias-corrected correlation ratio (Pearson 1905; Kelley's ε², 1935).
///
/// For a parameter j, take the n complete trials in which j is active, with values yᵢ and mean ȳ. Group them into
/// B bins: one bin per category for a categorical parameter; for a numeric one, B = clamp(⌊√n⌋, 2, 10) bins of
/// (nearly) equal count by rank of the parameter value (so a log scale does not matter). With n_b trials and mean
/// ȳ_b in bin b:
///
///     SS_between = Σ_b n_b (ȳ_b − ȳ)²        SS_total = Σ_i (yᵢ − ȳ)²        SS_within = SS_total − SS_between
///     ε²_j = max(0, (SS_between − (B − 1) · SS_within / (n − B)) / SS_total)
///
/// ε² ∈ [0, 1] is the fraction of the variance of y explained by the bin means of parameter j, minus what B bins
/// of pure noise would explain on average; 0 when j has no visible main effect (or n ≤ B, or y is constant).
/// Interactions are not attributed (they are what the main effects leave unexplained).
public enum ParameterImportance {
    /// One parameter's importance.
    public struct Entry: Sendable, Hashable {
        public var parameter: String
        /// ε², in [0, 1].
        public var importance: Double
        /// The number of complete trials in which the parameter was active.
        public var trials: Int
    }

    /// ε² for every searched (non-fixed) parameter of `space`, from the complete trials with finite values,
    /// sorted from most to least important (ties by name).
    public static func compute(space: SearchSpace, trials: [Trial]) -> [Entry] {
        let complete = trials.filter { $0.state == .complete && ($0.value?.isFinite ?? false) }
        var entries: [Entry] = []
        for parameter in space.parameters {
            if case .fixed = parameter.domain { continue }
            var keys: [Double] = []
            var ys: [Double] = []
            for t in complete {
                guard let v = t.params[parameter.name], let key = ReportValues.coordinate(v, in: parameter.domain)
                else { continue }
                keys.append(key)
                ys.append(t.value!)
            }
            let groups: [Int]
            if case .categorical = parameter.domain {
                groups = keys.map { Int($0) }
            } else {
                groups = rankBins(keys)
            }
            entries.append(
                Entry(
                    parameter: parameter.name, importance: epsilonSquared(values: ys, groups: groups),
                    trials: ys.count))
        }
        return entries.sorted { ($0.importance, $1.parameter) > ($1.importance, $0.parameter) }
    }

    /// Bin numbers 0..<B for `keys` by rank, B = clamp(⌊√n⌋, 2, 10); equal keys always share a bin.
    static func rankBins(_ keys: [Double]) -> [Int] {
        let n = keys.count
        guard n > 0 else { return [] }
        let bins = min(max(Int(Double(n).squareRoot()), 2), 10)
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        var result = [Int](repeating: 0, count: n)
        for (rank, i) in order.enumerated() {
            let previous = rank > 0 ? order[rank - 1] : i
            result[i] = rank > 0 && keys[previous] == keys[i] ? result[previous] : rank * bins / n
        }
        return result
    }

    /// Kelley's ε² of `values` grouped by `groups` (any integer labels); see the type's documentation.
    static func epsilonSquared(values: [Double], groups: [Int]) -> Double {
        precondition(values.count == groups.count, "epsilonSquared: \(values.count) values, \(groups.count) groups")
        let n = values.count
        guard n > 0 else { return 0 }
        let mean = values.reduce(0, +) / Double(n)
        let total = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        var sums: [Int: (sum: Double, count: Int)] = [:]
        for (v, g) in zip(values, groups) {
            sums[g, default: (0, 0)].sum += v
            sums[g, default: (0, 0)].count += 1
        }
        let b = sums.count
        guard total > 0, b >= 2, n > b else { return 0 }
        let between = sums.values.reduce(0) { acc, s in
            let m = s.sum / Double(s.count)
            return acc + Double(s.count) * (m - mean) * (m - mean)
        }
        let within = max(total - between, 0)
        let corrected = (between - Double(b - 1) * within / Double(n - b)) / total
        return min(max(corrected, 0), 1)
    }
}
