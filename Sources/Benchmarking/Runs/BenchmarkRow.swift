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
///
/// For the functions of `docs/bench/FUNCTIONS.md` f_true is the noiseless function and f* its minimum; for the
/// MLP problems y is the validation error 1 − accuracy, f_true = y and f* = 0, so r_n is the best validation
/// error so far. The peers of `scripts/compare-peers` run their own optimization loops, which have no `ask` to
/// time: their `proposal_s` is the time between the end of one evaluation and the start of the next, all of
/// their own work for the proposal. Columns may be added after `proposal_s`; the nine above keep their names
/// and order.
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

    public init(
        problem: String, sampler: String, seed: Int, trial: Int, value: Double, best: Double,
        regret: Double, elapsedSeconds: Double, proposalSeconds: Double
    ) {
        (self.problem, self.sampler, self.seed, self.trial) = (problem, sampler, seed, trial)
        (self.value, self.best, self.regret) = (value, best, regret)
        (self.elapsedSeconds, self.proposalSeconds) = (elapsedSeconds, proposalSeconds)
    }

    /// The run the row belongs to.
    public var run: BenchmarkRunKey { BenchmarkRunKey(problem: problem, sampler: sampler, seed: seed) }
}
