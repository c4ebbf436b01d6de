import ArgumentParser
import Foundation
import TestProblems
import Tuning

/// `tuner bench samplers`: median final regret [25th–75th percentile] per problem × sampler over seeds
/// 0…(seeds − 1), and the median seconds per proposal, in the format of `shared/bench/ANCHORS.md`.
struct BenchSamplers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samplers",
        abstract: "Final regret and proposal overhead of samplers on the synthetic functions (FUNCTIONS.md).",
        discussion: """
        Examples:
          tuner bench samplers --samplers bayes,tpe,random --problems all --seeds 10 --trials 60
          tuner bench samplers --samplers tpe,tpe-optuna --problems branin,hartmann6 --first-seed 100 --seeds 30 --json
        """
    )

    @Option(help: "Comma-separated samplers: \(BenchSamplers.samplerNames.joined(separator: ", ")).")
    var samplers = "random,sobol,tpe"

    @Option(help: "Comma-separated problems, or 'all'.")
    var problems = "all"

    @Option(help: "Number of seeds (0, 1, …).")
    var seeds = 10

    @Option(help: "The first seed (seeds are first-seed, first-seed + 1, …).")
    var firstSeed = 0

    @Option(help: "Evaluations per run.")
    var trials = 60

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    /// The samplers this command knows. The `bayes-…` variants are ablations of the default `bayes`, each
    /// undoing one decision recorded in docs/bayes-benchmark.md: `-boxcox` always warps with Box–Cox (no choice
    /// by evidence), `-nowarp` never warps, `-floor6` floors the noise at Optuna's 10⁻⁶, `-startup10` uses a
    /// 10-point Sobol' design, `-r1` adds a random restart to the hyperparameter fit, `-warm` starts the fit
    /// from the previous proposal's hyperparameters, `-gamma` uses the Gamma(3, 6) length-scale prior, `-ei`
    /// plain EI.
    static let samplerNames = ["bayes", "bayes-boxcox", "bayes-nowarp", "bayes-floor6", "bayes-startup10", "bayes-r1",
                               "bayes-warm", "bayes-gamma", "bayes-ei", "random", "sobol", "tpe", "tpe-independent",
                               "tpe-optuna"]

    static func makeSampler(_ name: String) -> (any Sampler)? {
        switch name {
        case "bayes": return GPSampler()
        case let ablation where ablation.hasPrefix("bayes-") && samplerNames.contains(ablation):
            var options = GPSampler.Options()
            switch ablation {
            case "bayes-boxcox": options.outputWarping = .boxCox
            case "bayes-nowarp": options.outputWarping = .none
            case "bayes-floor6": options.noiseFloor = 1e-6
            case "bayes-startup10": options.startupTrials = 10
            case "bayes-r1": options.restarts = 1
            case "bayes-warm": options.warmStart = true
            case "bayes-gamma": options.lengthScalePrior = .gamma
            default: options.acquisition = .expectedImprovement
            }
            return GPSampler(options: options)
        case "random": return RandomSampler()
        case "sobol": return SobolSampler()
        case "tpe": return TPESampler()
        case "tpe-independent":
            var options = TPESampler.Options()
            options.multivariate = false
            return TPESampler(options: options)
        case "tpe-optuna":
            var options = TPESampler.Options()
            options.studySizeClip = false
            return TPESampler(options: options)
        default:
            return nil
        }
    }

    func validate() throws {
        for s in samplerList where Self.makeSampler(s) == nil {
            throw ValidationError("--samplers: unknown sampler '\(s)' (known: \(Self.samplerNames.joined(separator: ", ")))")
        }
        for p in problemNames where BenchmarkFunction.named(p) == nil {
            throw ValidationError("--problems: unknown problem '\(p)'")
        }
        guard seeds >= 1 else { throw ValidationError("--seeds must be ≥ 1") }
        guard trials >= 1 else { throw ValidationError("--trials must be ≥ 1") }
    }

    var samplerList: [String] { samplers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    var problemNames: [String] {
        problems == "all" ? BenchmarkFunction.all.map(\.name)
                          : problems.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    struct Cell: Codable {
        var problem: String, sampler: String, seeds: Int
        var medianRegret: Double, q25Regret: Double, q75Regret: Double
        var medianRegretHalfway: Double
    }

    func run() throws {
        var cells: [Cell] = []
        var proposeTimes: [String: [Double]] = [:]
        for name in problemNames {
            let problem = BenchmarkFunction.named(name)!
            for s in samplerList {
                var finals: [Double] = [], halfway: [Double] = []
                for seed in firstSeed..<(firstSeed + seeds) {
                    let rows = try SamplerBenchmark.run(problem, sampler: { Self.makeSampler(s)! }, seed: UInt64(seed),
                                                        trials: trials)
                    finals.append(rows.last!.regret)
                    halfway.append(rows[min(rows.count, trials / 2) - 1].regret)
                    proposeTimes[s, default: []] += rows.map(\.proposeSeconds)
                }
                cells.append(Cell(problem: name, sampler: s, seeds: seeds, medianRegret: Quantiles.median(finals),
                                  q25Regret: Quantiles.quantile(finals, 0.25), q75Regret: Quantiles.quantile(finals, 0.75),
                                  medianRegretHalfway: Quantiles.median(halfway)))
                if !json {
                    let perSeed = finals.map { Self.format($0) }.joined(separator: " ")
                    FileHandle.standardError.write("\(name) \(s) done: \(perSeed)\n".data(using: .utf8)!)
                }
            }
        }
        let medians = proposeTimes.mapValues { Quantiles.median($0) }
        if json {
            struct Report: Codable { var trials: Int; var cells: [Cell]; var medianProposeSeconds: [String: Double] }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(Report(trials: trials, cells: cells, medianProposeSeconds: medians)),
                         as: UTF8.self))
            return
        }
        print("Median final regret after \(trials) evaluations [25th-75th percentile] over \(seeds) seeds")
        print("| function | " + samplerList.joined(separator: " | ") + " |")
        print("|---|" + String(repeating: "---|", count: samplerList.count))
        for name in problemNames {
            let row = samplerList.map { s -> String in
                let c = cells.first { $0.problem == name && $0.sampler == s }!
                return "\(Self.format(c.medianRegret)) [\(Self.format(c.q25Regret))-\(Self.format(c.q75Regret))]"
            }
            print("| \(name) | " + row.joined(separator: " | ") + " |")
        }
        print("\nMedian regret after \(trials / 2) evaluations")
        print("| function | " + samplerList.joined(separator: " | ") + " |")
        print("|---|" + String(repeating: "---|", count: samplerList.count))
        for name in problemNames {
            let row = samplerList.map { s in Self.format(cells.first { $0.problem == name && $0.sampler == s }!.medianRegretHalfway) }
            print("| \(name) | " + row.joined(separator: " | ") + " |")
        }
        print("\nMedian seconds per proposal")
        print("| " + samplerList.joined(separator: " | ") + " |")
        print("|" + String(repeating: "---|", count: samplerList.count))
        print("| " + samplerList.map { String(format: "%.2g", medians[$0] ?? .nan) }.joined(separator: " | ") + " |")
    }

    /// Two significant digits, as in ANCHORS.md.
    static func format(_ x: Double) -> String { String(format: "%.2g", x) }
}
