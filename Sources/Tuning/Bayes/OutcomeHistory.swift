/// The history of a study with several objectives or constraints, as the `bayes` sampler models it: per observed
/// trial, its point in the unit cube, every objective as a loss and every constraint as a slack (≤ 0 holds).
///
/// Complete trials with a finite value for every objective and constrained metric enter as they are. Under
/// `FailurePolicy.worstObserved`, failed trials with parameters enter at the worst observation of each outcome
/// (the largest loss of each objective, the largest slack of each constraint), as the single-objective history
/// counts them at the worst loss, and are never feasible: a failure is on no front. Pruned trials enter the
/// primary objective's model only (`primaryExtra`), at their last intermediate value, as in the single-objective
/// sampler; their other metrics are unknown.
struct OutcomeHistory {
    /// One row per observed trial, in number order.
    var points: [[Double]] = []
    /// points.count × objectives: the losses.
    var losses: [[Double]] = []
    /// points.count × constraints: the slacks.
    var slacks: [[Double]] = []
    /// Whether each row satisfies every constraint (false for failed trials).
    var feasible: [Bool] = []
    /// Pruned trials for the primary objective's model: encoded points and losses.
    var primaryExtra: (points: [[Double]], losses: [Double]) = ([], [])

    init(_ context: SamplingContext, encoding: UnitCubeEncoding) {
        let objectives = context.objectives
        var failedRows: [Int] = []
        for trial in context.trials {  // in number order
            switch trial.state {
            case .complete:
                guard let l = objectives.losses(of: trial), let s = Self.slacks(of: trial, objectives),
                    s.allSatisfy(\.isFinite)
                else { continue }
                points.append(encoding.encode(trial.params))
                losses.append(l)
                slacks.append(s)
                feasible.append(s.allSatisfy { $0 <= 0 })
            case .failed where context.failurePolicy == .worstObserved && !trial.params.isEmpty:
                failedRows.append(points.count)
                points.append(encoding.encode(trial.params))
                losses.append([])
                slacks.append([])
                feasible.append(false)
            case .pruned:
                let finite = trial.intermediateValues.filter { $0.value.isFinite }
                guard let step = finite.keys.max() else { continue }
                primaryExtra.points.append(encoding.encode(trial.params))
                primaryExtra.losses.append(context.direction.loss(finite[step]!))
            default: continue
            }
        }
        guard !failedRows.isEmpty else { return }
        let observed = points.indices.filter { !failedRows.contains($0) }
        guard !observed.isEmpty else {  // nothing to be worse than: failures are left out, as without policy
            self = OutcomeHistory(primaryExtra: primaryExtra)
            return
        }
        let worstLoss = objectives.objectives.indices.map { j in observed.map { losses[$0][j] }.max()! }
        let worstSlack = objectives.constraints.indices.map { k in observed.map { slacks[$0][k] }.max()! }
        for row in failedRows {
            losses[row] = worstLoss
            slacks[row] = worstSlack
        }
    }

    private init(primaryExtra: (points: [[Double]], losses: [Double])) { self.primaryExtra = primaryExtra }

    /// Each constraint's slack for the trial (nil when a constrained metric is missing).
    static func slacks(of trial: Trial, _ objectives: StudyObjectives) -> [Double]? {
        var result: [Double] = []
        for c in objectives.constraints {
            guard let v = objectives.value(of: c.metric, in: trial) else { return nil }
            result.append(c.slack(v))
        }
        return result
    }

    /// The observations of objective `j` (with the pruned trials for the primary objective).
    func objectiveSeries(_ j: Int) -> (points: [[Double]], values: [Double]) {
        let values = losses.map { $0[j] }
        return j == 0 ? (points + primaryExtra.points, values + primaryExtra.losses) : (points, values)
    }

    /// The observations of constraint `k`.
    func constraintSeries(_ k: Int) -> (points: [[Double]], values: [Double]) { (points, slacks.map { $0[k] }) }
}
