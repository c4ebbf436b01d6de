/// One evaluation of a benchmark run (one problem, one sampler, one seed): one line of the sweep CSV
/// (`BenchmarkRow+CSV.swift`), the rows `tuner bench samplers` summarizes, and the rows `scripts/compare-peers`
/// writes for the peers. Every writer gives every column the meaning below.
///
/// | column | property | meaning |
/// |---|---|---|
/// | `problem` | `problem` | the problem's name (`branin`, …, `mlp-iris`) |
/// | `sampler` | `sampler` | the sampler's name as asked for (`bayes`, an option set such as `bayes-ei`, a peer) |
/// | `seed` | `seed` | the study seed (it also seeds the noise of noisy problems and the MLP problems' split) |
/// | `trial` | `trial` | the 1-based evaluation count n |
/// | `value` | `value` | the observed value y_n (noisy for noisy problems; NaN for a failed trial) |
/// | `best` | `best` | min(y_1, …, y_n), the running minimum of the observed values (NaN never counts) |
/// | `regret` | `regret` | r_n = f_true(x̂_n) − f*, x̂_n the point of lowest observed value among the first n |
/// | `elapsed_s` | `elapsedSeconds` | wall-clock seconds from the start of the run to the end of trial n |
/// | `proposal_s` | `proposalSeconds` | wall-clock seconds in trial n's `Study.ask` (proposal and bookkeeping) |
/// | `hypervolume` | `hypervolume` | HV_n, the hypervolume of the feasible front of the first n (multi-objective) |
/// | `log_hv_gap` | `logHypervolumeGap` | log₁₀ max(HV* − HV_n, 10⁻¹²) (multi-objective) |
/// | `feasible_share` | `feasibleShare` | feasible share of the complete trials after the start-up (multi-objective) |
///
/// For the functions of `docs/bench/FUNCTIONS.md` f_true is the noiseless function and f* its minimum; for the
/// MLP problems y is the validation error 1 − accuracy, f_true = y and f* = 0, so r_n is the best validation
/// error so far. The peers of `scripts/compare-peers` run their own optimization loops, which have no `ask` to
/// time: their `proposal_s` is the time between the end of one evaluation and the start of the next, all of
/// their own work for the proposal.
///
/// For the multi-objective problems (docs/bench/FUNCTIONS.md, "Multi-objective problems") `value` is the primary
/// objective f1 of trial n (NaN when it failed), `best` its running minimum, and `regret` the hypervolume gap
/// HV* − HV_n ≥ 0, so the tables of regret read alike for both kinds; the last three columns are
/// `HypervolumeProgress`'s measures (HV_n of the feasible complete trials among the first n with respect to the
/// problem's reference point; the feasible share of the complete trials after the first
/// `HypervolumeProgress.defaultStartupTrials`, `nan` before). They are empty for the single-objective problems
/// and in files written before they existed (which have the first nine columns only). Columns may be added after
/// `feasible_share`; the twelve above keep their names and order.
public struct BenchmarkRow: Sendable, Hashable {
    public var problem: String
    public var sampler: String
    public var seed: Int
    public var trial: Int
    public var value: Double
    public var best: Double
    public var regret: Double
    public var elapsedSeconds: Double
    public var proposalSeconds: Double
    /// The multi-objective measures (nil for the single-objective problems).
    public var hypervolume: Double?
    public var logHypervolumeGap: Double?
    public var feasibleShare: Double?

    public init(
        problem: String, sampler: String, seed: Int, trial: Int, value: Double, best: Double,
        regret: Double, elapsedSeconds: Double, proposalSeconds: Double, hypervolume: Double? = nil,
        logHypervolumeGap: Double? = nil, feasibleShare: Double? = nil
    ) {
        (self.problem, self.sampler, self.seed, self.trial) = (problem, sampler, seed, trial)
        (self.value, self.best, self.regret) = (value, best, regret)
        (self.elapsedSeconds, self.proposalSeconds) = (elapsedSeconds, proposalSeconds)
        (self.hypervolume, self.logHypervolumeGap, self.feasibleShare) = (hypervolume, logHypervolumeGap, feasibleShare)
    }

    /// The run the row belongs to.
    public var run: BenchmarkRunKey { BenchmarkRunKey(problem: problem, sampler: sampler, seed: seed) }
}
