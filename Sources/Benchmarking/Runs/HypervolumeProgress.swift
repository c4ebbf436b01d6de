import Foundation
import Tuning

/// The multi-objective columns of a benchmark run's rows (`BenchmarkRow`), trial by trial: the hypervolume of
/// the feasible front found so far, its log distance to the problem's maximum, and the share of feasible trials
/// after the start-up.
///
/// After n trials, with F_n the loss vectors (`StudyObjectives.losses`) of the complete trials among the first n
/// whose constraints all hold,
///
///     HV_n      = HV(F_n; r)                        (`Hypervolume.volume`, r the reference point)
///     gap_n     = HV* − HV_n                         (the multi-objective regret, ≥ 0; HV* the maximum)
///     log gap_n = log₁₀ max(HV* − HV_n, 10⁻¹²)       (`MultiObjectiveProblem.logHypervolumeDifference`)
///     share_n   = |feasible ∩ S_n| / |complete ∩ S_n|,  S_n the trials s+1…n after a start-up of s trials
///
/// share_n is NaN while no trial after the start-up is complete; failed trials count in neither. The start-up is
/// the same for every sampler (`defaultStartupTrials`, the random start of TPE and of Optuna's samplers), so the
/// share compares how often samplers propose feasible points once they can use the history; a random sampler's
/// share is the feasible fraction of the box. Only the non-dominated feasible vectors are kept, which changes no
/// hypervolume.
public struct HypervolumeProgress: Sendable {
    /// One row's multi-objective measures.
    public struct Measures: Sendable, Equatable {
        public var hypervolume: Double
        /// HV* − HV, floored at 0.
        public var hypervolumeGap: Double
        public var logHypervolumeGap: Double
        /// NaN during the start-up.
        public var feasibleShare: Double
    }

    /// Trials before the feasible share starts counting: 10.
    public static let defaultStartupTrials = 10

    public let objectives: StudyObjectives
    public let referencePoint: [Double]
    public let maximumHypervolume: Double
    public let startupTrials: Int
    /// The non-dominated feasible loss vectors so far.
    public private(set) var front: [[Double]] = []
    /// Trials recorded so far.
    public private(set) var count = 0
    private var feasibleAfterStartup = 0
    private var completeAfterStartup = 0

    public init(
        objectives: StudyObjectives, referencePoint: [Double], maximumHypervolume: Double,
        startupTrials: Int = defaultStartupTrials
    ) {
        precondition(referencePoint.count == objectives.objectives.count, "one reference coordinate per objective")
        (self.objectives, self.referencePoint) = (objectives, referencePoint)
        (self.maximumHypervolume, self.startupTrials) = (maximumHypervolume, startupTrials)
    }

    /// The bookkeeping of a run of `problem` (its objectives, constraints, reference point and maximum).
    public init(_ problem: MultiObjectiveProblem, startupTrials: Int = defaultStartupTrials) {
        self.init(
            objectives: problem.studyObjectives, referencePoint: problem.referencePoint,
            maximumHypervolume: problem.maximumHypervolume, startupTrials: startupTrials)
    }

    /// Takes the run's next trial (finished: complete, failed or pruned) and returns the measures after it.
    public mutating func record(_ trial: Trial) -> Measures {
        count += 1
        let feasible = trial.state == .complete && objectives.violation(of: trial) == 0
        if count > startupTrials, trial.state == .complete {
            completeAfterStartup += 1
            if feasible { feasibleAfterStartup += 1 }
        }
        if feasible, let losses = objectives.losses(of: trial),
            !front.contains(where: { Self.weaklyDominates($0, losses) })
        {
            front.removeAll { Self.weaklyDominates(losses, $0) }
            front.append(losses)
        }
        return measures
    }

    /// The measures after the trials recorded so far.
    public var measures: Measures {
        let hypervolume = front.isEmpty ? 0 : Hypervolume.volume(of: front, reference: referencePoint)
        let gap = maximumHypervolume - hypervolume
        return Measures(
            hypervolume: hypervolume, hypervolumeGap: max(gap, 0), logHypervolumeGap: log10(max(gap, 1e-12)),
            feasibleShare: completeAfterStartup == 0
                ? .nan : Double(feasibleAfterStartup) / Double(completeAfterStartup))
    }

    /// The measures after each of `trials`, in order (the rows of a run).
    public static func measures(
        of trials: [Trial], objectives: StudyObjectives, referencePoint: [Double], maximumHypervolume: Double,
        startupTrials: Int = defaultStartupTrials
    ) -> [Measures] {
        var progress = HypervolumeProgress(
            objectives: objectives, referencePoint: referencePoint, maximumHypervolume: maximumHypervolume,
            startupTrials: startupTrials)
        return trials.map { progress.record($0) }
    }

    /// Weak Pareto dominance, a ≤ b in every coordinate: a vector weakly dominated by the front adds no volume
    /// (an equal one included, so a repeat is not kept twice).
    private static func weaklyDominates(_ a: [Double], _ b: [Double]) -> Bool {
        zip(a, b).allSatisfy { $0 <= $1 }
    }
}
