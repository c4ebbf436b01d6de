import ArgumentParser
import Datasets
import Foundation
import TestProblems
import Tuning

/// A problem of `tuner sweep`: one of the ten functions of FUNCTIONS.md (`branin`, …, `mixed`,
/// `hartmann6_noisy`, which includes the noisy and the mixed one) or an MLP-on-dataset objective
/// `mlp-<bundled dataset>` (`mlp-digits`, `mlp-iris`, `mlp-wine`, `mlp-breast-cancer`).
///
/// Every problem is minimized. For the MLP problems the observed value is the validation error
/// 1 − accuracy of `NetworkObjective` (its default space, no pruner, split by the run's seed), f* = 0, so
/// the regret column is 1 − best validation accuracy so far.
enum SweepProblem {
    case function(BenchmarkFunction)
    case network(dataset: String)

    /// The names `all` expands to: the ten functions.
    static var functionNames: [String] { BenchmarkFunction.all.map(\.name) }

    /// The MLP problems: the bundled classification datasets.
    static var networkNames: [String] {
        BundledDataset.all.filter { $0.task == .classification }.map { "mlp-\($0.name)" }
    }

    /// Every name the sweep accepts.
    static var knownNames: [String] { functionNames + networkNames }

    init?(named name: String) {
        if let f = BenchmarkFunction.named(name) {
            self = .function(f)
        } else if Self.networkNames.contains(name) {
            self = .network(dataset: String(name.dropFirst("mlp-".count)))
        } else {
            return nil
        }
    }

    var name: String {
        switch self {
        case .function(let f): return f.name
        case .network(let dataset): return "mlp-\(dataset)"
        }
    }

    var space: SearchSpace {
        switch self {
        case .function(let f): return f.space
        case .network: return NetworkObjective.defaultSpace
        }
    }

    /// Expands a comma-separated list (`all` = the ten functions, `mlp` = the MLP problems); throws a one-line
    /// error naming the first unknown problem.
    static func parseList(_ list: String) throws -> [SweepProblem] {
        var names: [String] = []
        for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            switch item {
            case "all": names += functionNames
            case "mlp": names += networkNames
            default: names.append(item)
            }
        }
        var seen = Set<String>()
        return try names.filter { seen.insert($0).inserted }.map { name in
            guard let problem = SweepProblem(named: name) else {
                throw ValidationError("--problems: unknown problem '\(name)' (known: all, mlp, \(knownNames.joined(separator: ", ")))")
            }
            return problem
        }
    }

    /// One run: `trials` evaluations with `sampler` (named `samplerName` in the rows) and study seed `seed`.
    func run(sampler: any Sampler, samplerName: String, seed: Int, trials: Int) throws -> [SweepCSV.Row] {
        switch self {
        case .function(let f):
            let rows = try SamplerBenchmark.run(f, sampler: { sampler }, seed: UInt64(seed), trials: trials)
            return rows.map { SweepCSV.Row($0, sampler: samplerName) }
        case .network(let dataset):
            return try NetworkSweepRun(dataset: dataset, seed: seed)
                .run(sampler: sampler, samplerName: samplerName, trials: trials)
        }
    }
}

/// A one-line error of the sweep commands (a usage error when raised before any run starts).
struct SweepError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
