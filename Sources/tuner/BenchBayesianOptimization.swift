import ArgumentParser
import Foundation
import LinearAlgebra
import TestProblems
import Tuning

/// `tuner bench bo`: the GP sampler's seconds per proposal as the history grows. For each n, a history of n
/// uniformly random points on Hartmann-6 (d = 6, complete trials with their true values) is built once; then,
/// `repetitions` times, each with its own seeded generator:
/// - cold: a fresh `GPSampler` proposes from the first n − 1 trials, with no fitted hyperparameters recorded in
///   them (the multi-start fit of a study's first model, or of an imported history);
/// - warm: its notes are stored on trial n − 1, as a study stores the notes of the proposal that made a trial,
///   and a fresh sampler proposes from all n trials, warm-starting the fit from them: what each proposal of a
///   running `tuner bayes` study costs at that size.
/// The medians of both wall-clock times are reported (fit plus log-EI maximization).
struct BenchBayesianOptimization: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bo",
        abstract: "Seconds per proposal of the GP sampler at 60, 100, 200 and 500 observations (Hartmann-6, d = 6).",
        discussion: """
        Examples:
          tuner bench bo
          tuner bench bo --observations 20,60 --repetitions 5 --json
        JSON lines: {"op":"bo-propose","observations":60,"d":6,"seconds_per_proposal":0.012,"cold_seconds":0.03}
        """
    )

    @Option(help: ArgumentHelp("Comma-separated history sizes n.", valueName: "n,n,…"))
    var observations = "60,100,200,500"

    @Option(help: ArgumentHelp("Dimension d: 6 (Hartmann-6) or any other d for a d-dimensional sphere.", valueName: "d"))
    var dimension = 6

    @Option(help: "The GP sampler: bayes or one of its ablations (see `tuner bench samplers --help`).")
    var sampler = "bayes"

    @Option(help: "Timed proposals per history size (the median is reported).")
    var repetitions = 3

    @Option(help: "Seed of the random history and of the proposals.")
    var seed: UInt64 = 0

    @Flag(help: "Print one JSON object per history size.")
    var json = false

    var sizes: [Int] { observations.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    func validate() throws {
        let parts = observations.split(separator: ",", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count == sizes.count, sizes.allSatisfy({ $0 >= 1 }) else {
            throw ValidationError("--observations must be positive integers separated by commas, got '\(observations)'")
        }
        guard dimension >= 1 else { throw ValidationError("--dimension must be at least 1, got \(dimension)") }
        guard BenchSamplers.makeSampler(sampler) is GPSampler else {
            throw ValidationError("--sampler must be bayes or a bayes-… ablation, got '\(sampler)'")
        }
        guard repetitions >= 1 else { throw ValidationError("--repetitions must be at least 1, got \(repetitions)") }
    }

    /// The problem: Hartmann-6 for d = 6, else the sphere Σ (xᵢ − 0.3)² on [0, 1]^d.
    func problem() throws -> (space: SearchSpace, f: (Parameters) -> Double) {
        if dimension == 6, let h6 = BenchmarkFunction.named("hartmann6") { return (h6.space, h6.value) }
        let names = (0..<dimension).map { "x\($0)" }
        let space = try SearchSpace(names.map { .float($0, 0, 1) })
        return (space, { p in names.reduce(0) { s, n in let x = p[n]!.doubleValue! - 0.3; return s + x * x } })
    }

    func run() throws {
        let (space, f) = try problem()
        let report = BenchReport(json: json, columns: ["op", "observations", "d", "seconds_per_proposal", "cold_seconds"])
        for n in sizes {
            var rng = Xoshiro256StarStar(seed: seed &+ UInt64(n))
            let history = (0..<n).map { i -> Trial in
                let params = space.assign { $0.domain.randomValue(using: &rng) }
                return Trial(number: i, state: .complete, params: params, value: f(params))
            }
            let context = SamplingContext(space: space, direction: .minimize, trials: history, seed: seed)
            var times: [Double] = [], coldTimes: [Double] = []
            for r in 0..<repetitions {
                var proposalRNG = Xoshiro256StarStar(seed: seed &+ UInt64(1000 * n + r))
                let fresh = BenchSamplers.makeSampler(sampler) as! GPSampler
                var cold = fresh, warm = fresh
                var coldContext = context
                coldContext.trials.removeLast()
                var proposal: Proposal = .exhausted
                coldTimes.append(try secondsTaken { proposal = try cold.propose(coldContext, using: &proposalRNG) })
                guard case .parameters(_, let notes) = proposal else { throw RuntimeError("the GP sampler proposed nothing at n = \(n)") }
                var warmContext = context
                warmContext.trials[n - 1].userAttributes = notes
                times.append(try secondsTaken { proposal = try warm.propose(warmContext, using: &proposalRNG) })
                guard case .parameters = proposal else { throw RuntimeError("the GP sampler proposed nothing at n = \(n)") }
            }
            report.row(["op": .text("bo-propose"), "observations": .integer(n), "d": .integer(dimension),
                        "seconds_per_proposal": .number(Quantiles.median(times)),
                        "cold_seconds": .number(Quantiles.median(coldTimes))])
        }
    }
}
