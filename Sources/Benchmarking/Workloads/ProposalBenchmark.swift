import Foundation
import Randomness
import Tuning

/// `tuner bench bo`: the GP sampler's seconds per proposal as the history grows. For each n, a history of n
/// uniformly random points (complete trials with their true values) is built once; then, `repetitions` times,
/// each with its own seeded generator:
/// - cold: a fresh `GPSampler` proposes from the first n − 1 trials, with no fitted hyperparameters recorded in
///   them (the multi-start fit of a study's first model, or of an imported history);
/// - warm: its notes are stored on trial n − 1, as a study stores the notes of the proposal that made a trial,
///   and a fresh sampler proposes from all n trials, warm-starting the fit from them: what each proposal of a
///   running `tuner bayes` study costs at that size.
/// The medians of both wall-clock times are reported (fit plus acquisition maximization). The problem is
/// Hartmann-6 for d = 6, else the sphere Σ (xᵢ − 0.3)² on [0, 1]^d. With a `reference` (Optuna's `GPSampler`,
/// `OptunaProposalReference`), each size is then timed on the peer too, in the same run, and the row carries its
/// medians and the ratios peer / ours (above 1: ours is faster).
public struct ProposalBenchmark {
    public static let columns = ["op", "observations", "d", "seconds_per_proposal", "cold_seconds"]
    /// The columns a row gains with a reference.
    public static let referenceColumns = ["optuna_seconds", "optuna_cold_seconds", "optuna_ratio", "optuna_cold_ratio"]

    public var observations: [Int]
    public var dimension: Int
    public var repetitions: Int
    public var seed: UInt64
    /// The peer timed at each size after ours, if any.
    public var reference: OptunaProposalReference?
    /// A fresh GP sampler (the default `bayes` or one of its option sets).
    public var makeSampler: () -> GPSampler

    public init(
        observations: [Int], dimension: Int, repetitions: Int, seed: UInt64,
        reference: OptunaProposalReference? = nil, makeSampler: @escaping () -> GPSampler
    ) {
        (self.observations, self.dimension, self.repetitions, self.seed) = (observations, dimension, repetitions, seed)
        self.reference = reference
        self.makeSampler = makeSampler
    }

    /// The problem's space and function.
    func problem() throws -> (space: SearchSpace, f: (Parameters) -> Double) {
        if dimension == 6, let h6 = BenchmarkFunction.named("hartmann6") { return (h6.space, h6.value) }
        let names = (0..<dimension).map { "x\($0)" }
        let space = try SearchSpace(names.map { .float($0, 0, 1) })
        return (
            space,
            { p in
                names.reduce(0) { s, n in
                    let x = p[n]!.doubleValue! - 0.3
                    return s + x * x
                }
            }
        )
    }

    /// Times the proposals at every history size, handing each row to `emit` as soon as it is measured.
    public func run(emit: ([String: BenchValue]) -> Void) throws {
        let (space, f) = try problem()
        for n in observations {
            var rng = Xoshiro256StarStar(seed: seed &+ UInt64(n))
            let history = (0..<n).map { i -> Trial in
                let params = space.assign { $0.domain.randomValue(using: &rng) }
                return Trial(number: i, state: .complete, params: params, value: f(params))
            }
            let context = SamplingContext(space: space, direction: .minimize, trials: history, seed: seed)
            var times: [Double] = []
            var coldTimes: [Double] = []
            for r in 0..<repetitions {
                var proposalRNG = Xoshiro256StarStar(seed: seed &+ UInt64(1000 * n + r))
                let fresh = makeSampler()
                var cold = fresh
                var warm = fresh
                var coldContext = context
                coldContext.trials.removeLast()
                var proposal: Proposal = .exhausted
                coldTimes.append(try secondsTaken { proposal = try cold.propose(coldContext, using: &proposalRNG) })
                guard case .parameters(_, let notes) = proposal else {
                    throw BenchmarkError.noProposal("the GP sampler proposed nothing at n = \(n)")
                }
                var warmContext = context
                warmContext.trials[n - 1].userAttributes = notes
                times.append(try secondsTaken { proposal = try warm.propose(warmContext, using: &proposalRNG) })
                guard case .parameters = proposal else {
                    throw BenchmarkError.noProposal("the GP sampler proposed nothing at n = \(n)")
                }
            }
            let (warmMedian, coldMedian) = (Quantiles.median(times), Quantiles.median(coldTimes))
            var row: [String: BenchValue] = [
                "op": .text("bo-propose"), "observations": .integer(n), "d": .integer(dimension),
                "seconds_per_proposal": .number(warmMedian), "cold_seconds": .number(coldMedian),
            ]
            if let reference {
                let peer = try reference.timing(observations: n, repetitions: repetitions, seed: seed)
                row["optuna_seconds"] = .number(peer.warm)
                row["optuna_cold_seconds"] = .number(peer.cold)
                row["optuna_ratio"] = .number(peer.warm / warmMedian)
                row["optuna_cold_ratio"] = .number(peer.cold / coldMedian)
            }
            emit(row)
        }
    }
}
