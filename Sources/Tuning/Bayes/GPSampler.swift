import GaussianProcess
import LinearAlgebra

/// Gaussian-process Bayesian optimization (the `bayes` sampler): Snoek, Larochelle & Adams, "Practical
/// Bayesian optimization of machine learning algorithms" (NeurIPS 2012), with the modern defaults of BoTorch and
/// Optuna's `GPSampler`.
///
/// Per proposal, with D the columns of `UnitCubeEncoding` (log parameters in log space, integers relaxed to
/// cells, categoricals one-hot):
/// 1. until `startupTrials` observations exist: the scrambled Sobol' design (`SobolSampler`);
/// 2. X: n×D encoded complete trials (failed ones at the worst loss under `FailurePolicy.worstObserved`),
///    y: their losses (value, negated when maximizing);
/// 3. fit a GP with a Matérn-5/2 ARD kernel by MAP (`GaussianProcess.fit`, priors in `Priors.swift`) from a
///    fixed start plus `restarts` draws from the prior, all from the proposal's seeded generator (so a resumed
///    study proposes what the original would have);
/// 4. condition on pending (running) trials with the kriging believer (`conditioned(onPending:)`), so
///    parallel proposals spread out;
/// 5. maximize log expected improvement (Ament et al. 2023; EI, PI or UCB as options) with
///    `AcquisitionMaximizer`: a large random candidate set plus perturbations of the best trials, L-BFGS-B from
///    the best candidates on the continuous and integer columns, then a discrete sweep over categories and
///    integer neighbours, so the proposal is a valid point;
/// 6. never propose a configuration the study already has (any state).
public struct GPSampler: Sampler {
    public enum Acquisition: String, Sendable, Hashable, CaseIterable {
        case logExpectedImprovement = "logei", expectedImprovement = "ei"
        case probabilityOfImprovement = "pi", upperConfidenceBound = "ucb"
    }

    public struct Options: Sendable, Hashable {
        /// Observations before the GP is used (Sobol' design until then).
        public var startupTrials = 10
        public var acquisition = Acquisition.logExpectedImprovement
        /// β of UCB: μ − √β·σ is minimized (for losses).
        public var ucbBeta = 4.0
        /// Random restarts of the hyperparameter fit besides the fixed start.
        public var restarts = 2
        /// Random candidates scored per proposal before the local search.
        public var candidates = 2048
        /// Best candidates refined by L-BFGS-B.
        public var localStarts = 6
        public init() {}
    }

    public var name: String { "bayes" }
    public var options: Options
    /// The last fitted model's jitter and warnings, for reports and tests (a cache, not state).
    public private(set) var lastModel: GaussianProcess?

    public init(options: Options = Options()) { self.options = options }

    public mutating func propose(_ context: SamplingContext, using rng: inout Xoshiro256StarStar) throws -> Proposal {
        let encoding = UnitCubeEncoding(context.space)
        let observations = context.completedObservations()
        if encoding.dimension == 0 || observations.count < max(options.startupTrials, 2) {
            var sobol = SobolSampler()
            return try sobol.propose(context, using: &rng)
        }
        let n = observations.count, d = encoding.dimension
        var x = Matrix<Double>(rows: n, columns: d)
        for (i, o) in observations.enumerated() { x.setRow(i, to: encoding.encode(o.trial.params)) }
        let y = observations.map(\.loss)

        var gpOptions = GaussianProcess.Options()
        gpOptions.restarts = options.restarts
        var model = GaussianProcess.fit(inputs: x, outputs: y, kernel: Matern52Kernel(dimension: d, lengthScale: 0.5),
                                        noiseVariance: 1e-4, options: gpOptions, using: &rng)
        let pending = context.pendingTrials
        if !pending.isEmpty {
            var p = Matrix<Double>(rows: pending.count, columns: d)
            for (i, t) in pending.enumerated() { p.setRow(i, to: encoding.encode(t.params)) }
            model = model.conditioned(onPending: p)
        }
        lastModel = model

        let best = y.min()!
        let acquisition: any AcquisitionFunction
        switch options.acquisition {
        case .logExpectedImprovement: acquisition = LogExpectedImprovement(model: model, bestValue: best)
        case .expectedImprovement: acquisition = ExpectedImprovement(model: model, bestValue: best)
        case .probabilityOfImprovement: acquisition = ProbabilityOfImprovement(model: model, bestValue: best)
        case .upperConfidenceBound: acquisition = UpperConfidenceBound(model: model, beta: options.ucbBeta)
        }
        let incumbents = observations.sorted { $0.loss < $1.loss }.prefix(3).map { encoding.encode($0.trial.params) }
        let taken = Set(context.trials.filter { !$0.params.isEmpty }.map { encoding.encode($0.params) })
        let maximizer = AcquisitionMaximizer(encoding: encoding, acquisition: acquisition,
                                             candidates: options.candidates, localStarts: options.localStarts)
        if let point = maximizer.maximize(incumbents: incumbents, excluding: taken, using: &rng) {
            return .parameters(encoding.decode(point))
        }
        // Every good point is taken (a small discrete space): fall back to an untried random point.
        for _ in 0..<1000 {
            let params = RandomSampler.sample(context.space, using: &rng)
            if !taken.contains(encoding.encode(params)) { return .parameters(params) }
        }
        return .parameters(RandomSampler.sample(context.space, using: &rng))
    }
}
