import Randomness

/// NSGA-II, the elitist non-dominated sorting genetic algorithm (Deb, Pratap, Agarwal & Meyarivan, "A fast and
/// elitist multiobjective genetic algorithm: NSGA-II", IEEE Trans. Evol. Comput. 6(2), 2002): the evolutionary
/// baseline of multi-objective tuning, with Deb's constraint domination for constrained studies. With a single
/// objective it is a plain elitist genetic algorithm (the ranks are the order of the losses).
///
/// **Generations by trial number.** With population size P, generation g holds the trials numbered
/// [g·P, (g + 1)·P), in creation order, whatever their state. Generation 0 is drawn at random. A trial of
/// generation g ≥ 1 is bred from the elite of the generations before it: E₀ is the best P evaluated members of
/// generation 0, E_k the best P of E_{k−1} ∪ (evaluated members of generation k) (elitist survival,
/// `NSGAIIPopulation.survivors`), "best" by non-domination rank, then crowding distance. Two binary tournaments
/// on E_{g−1} choose the parents, and variation (`NSGAIISampler+Variation.swift`) makes one child.
///
/// **Members without values.** Only complete trials with every objective finite (and every constrained metric
/// present) are evaluated members; failed and pruned trials are left out of selection, and running or waiting
/// trials hold their slot in their generation without taking part. The proposal is a function of the history,
/// the trial number and the generator `Study.ask` seeds from (study seed, trial number): the sampler keeps no
/// state, a sampler created afresh proposes the same point, and two workers breeding children of one generation
/// at the same time draw different parents and children.
public struct NSGAIISampler: Sampler {
    /// The algorithm's settings: population 50, crossover probability 0.9 and mutation probability 1/d as in
    /// Optuna's `NSGAIISampler`; η = 20 for both operators as in Deb et al. (2002).
    public struct Options: Sendable, Hashable {
        /// P: trials per generation, and the size of the elite parents are chosen from (≥ 2).
        public var populationSize = 50
        /// Probability that a child is a crossover of its two parents (else a copy of the first), in [0, 1].
        public var crossoverProbability = 0.9
        /// Probability that each parameter of a child is mutated, in [0, 1]; nil: 1/d for d searched (non-fixed)
        /// parameters.
        public var mutationProbability: Double? = nil
        /// η of the simulated binary crossover (> 0; larger keeps children nearer their parents).
        public var crossoverEta = 20.0
        /// η of the polynomial mutation (> 0; larger makes smaller steps).
        public var mutationEta = 20.0

        public init() {}
    }

    /// An option outside its range.
    public enum OptionError: Error, Equatable, CustomStringConvertible {
        case populationSize(Int)
        case probability(name: String, value: Double)
        case distributionIndex(name: String, value: Double)

        public var description: String {
            switch self {
            case .populationSize(let p): "NSGA-II population size must be at least 2, got \(p)"
            case .probability(let name, let v): "NSGA-II \(name) must be in [0, 1], got \(v)"
            case .distributionIndex(let name, let v): "NSGA-II \(name) must be a finite number > 0, got \(v)"
            }
        }
    }

    public var name: String { "nsga2" }
    public let options: Options

    /// - Throws: `OptionError` for a population below 2, a probability outside [0, 1] or an η that is not a
    ///   finite positive number.
    public init(options: Options = Options()) throws(OptionError) {
        guard options.populationSize >= 2 else { throw .populationSize(options.populationSize) }
        let probabilities = [
            ("crossover probability", options.crossoverProbability),
            ("mutation probability", options.mutationProbability ?? 0),
        ]
        for (name, p) in probabilities where !(0...1).contains(p) { throw .probability(name: name, value: p) }
        for (name, eta) in [("crossover eta", options.crossoverEta), ("mutation eta", options.mutationEta)]
        where !(eta > 0 && eta.isFinite) {
            throw .distributionIndex(name: name, value: eta)
        }
        self.options = options
    }

    public mutating func propose(_ context: SamplingContext, using rng: inout Xoshiro256StarStar) throws -> Proposal {
        let generation = context.trialNumber / options.populationSize
        var notes = ["nsga2_generation": String(generation)]
        guard generation > 0 else { return .parameters(RandomSampler.sample(context.space, using: &rng), notes: notes) }
        let elite = Self.elite(
            before: generation, populationSize: options.populationSize, trials: context.trials,
            objectives: context.objectives)
        guard !elite.isEmpty else {
            notes["nsga2_fallback"] = "no evaluated trial in generations 0-\(generation - 1): random"
            return .parameters(RandomSampler.sample(context.space, using: &rng), notes: notes)
        }
        let population = NSGAIIPopulation(elite, constrained: !context.objectives.constraints.isEmpty)
        let first = elite[population.tournament(using: &rng)].number
        let second = elite[population.tournament(using: &rng)].number
        let params = Dictionary(
            context.trials.lazy.filter { $0.number == first || $0.number == second }.map { ($0.number, $0.params) },
            uniquingKeysWith: { a, _ in a })
        notes["nsga2_parents"] = "\(first),\(second)"
        let child = variation(for: context.space).child(
            of: params[first] ?? [:], and: params[second] ?? [:], using: &rng)
        return .parameters(child, notes: notes)
    }
}
