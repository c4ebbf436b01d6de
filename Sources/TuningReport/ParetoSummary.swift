import Foundation
import Tuning

/// What a study with several objectives or with constraints found: its Pareto front (the complete, feasible,
/// non-dominated trials, `StudyObjectives.paretoFront(of:)`), how many complete trials satisfy the constraints,
/// and the hypervolume of the front with the reference point it was measured from.
///
/// **Reference point.** r is the study's declared reference point (`StudyObjectives.referencePoint`: a benchmark
/// problem's, or the spec's `reference_point`), else the worst value of each objective among the complete feasible
/// trials (the largest value of a minimized objective, the smallest of a maximized one: the nadir of those
/// trials). The hypervolume
/// is HV(F; r) = λ(⋃_{p ∈ F} [p, r]) over the front's losses (maximized objectives negated, which preserves
/// volume; `Hypervolume.volume`), so it can be recomputed from the front's values and the reference printed
/// with it. A trial that is worst in some objective adds nothing; a front of one trial has volume 0.
/// Within one study the reference is fixed, so the hypervolume after each trial (`hypervolumeHistory`) never
/// decreases.
public struct ParetoSummary: Sendable {
    public let objectives: StudyObjectives
    /// The front, by trial number.
    public let front: [Trial]
    /// The complete trials that satisfy every constraint, and the complete trials; nil when none is complete.
    public let feasibility: (feasible: Int, complete: Int)?
    /// The reference point, one value per objective in objective order (in the objectives' own units); nil when no
    /// complete trial is feasible.
    public let reference: [Double]?
    /// HV(front; reference), nil with the reference.
    public let hypervolume: Double?
    /// The complete feasible trials with every objective value, by number, with their losses.
    let scored: [(trial: Trial, losses: [Double])]

    public init(objectives: StudyObjectives, trials: [Trial]) {
        self.objectives = objectives
        front = objectives.paretoFront(of: trials)
        feasibility = objectives.feasibility(of: trials)
        scored = trials.sorted { $0.number < $1.number }.compactMap { t in
            guard t.state == .complete, objectives.isFeasible(t), let l = objectives.losses(of: t) else { return nil }
            return (t, l)
        }
        guard let first = scored.first else {
            (reference, hypervolume) = (nil, nil)
            return
        }
        let worst =
            objectives.referencePoint.map { zip(objectives.objectives, $0).map { $0.direction.loss($1) } }
            ?? scored.dropFirst().reduce(first.losses) { w, s in zip(w, s.losses).map { max($0, $1) } }
        reference = zip(objectives.objectives, worst).map { $0.direction.loss($1) }
        hypervolume = Hypervolume.volume(of: front.compactMap(objectives.losses), reference: worst)
    }

    /// The reference point as losses.
    var referenceLosses: [Double]? {
        reference.map { zip(objectives.objectives, $0).map { $0.direction.loss($1) } }
    }

    /// The hypervolume of the feasible trials complete up to and including each one, against the study's
    /// reference: (trial number, hypervolume), one entry per complete feasible trial in number order. The front so
    /// far is kept and the volume recomputed only when a trial joins it.
    public var hypervolumeHistory: [(number: Int, hypervolume: Double)] {
        guard let reference = referenceLosses else { return [] }
        var front: [[Double]] = []
        var volume = 0.0
        return scored.map { s in
            if !front.contains(where: { ParetoDominance.weaklyDominates($0, s.losses) }) {
                front = front.filter { !ParetoDominance.dominates(s.losses, $0) } + [s.losses]
                volume = Hypervolume.volume(of: front, reference: reference)
            }
            return (s.trial.number, volume)
        }
    }

    /// The trial's value of each objective, in objective order (nil where missing).
    public func values(of trial: Trial) -> [Double?] {
        objectives.objectives.map { objectives.value(of: $0.name, in: trial) }
    }

    /// `{"trial": N, "params": {...}, "values": {"accuracy": 0.98, "latency_ms": 12.5}}`: a front member.
    public func json(_ trial: Trial) -> JSONValue {
        .object([
            ("trial", .int(trial.number)), ("params", JSONValue(trial.params)),
            ("values", .object(zip(objectives.objectives, values(of: trial)).map { ($0.name, JSONValue($1)) })),
        ])
    }

    /// The front as a JSON array of `json(_:)` objects.
    public var frontJSON: JSONValue { .array(front.map(json)) }

    /// The fields a summary of such a study adds: `objectives` ([{name, direction}]), `constraints`
    /// (["latency_ms <= 20"]), `feasible_trials` (with constraints), and with several objectives `pareto_front`,
    /// `hypervolume` and `hypervolume_reference` (by objective name; `null` when no trial is feasible).
    public var jsonFields: [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [
            (
                "objectives",
                .array(
                    objectives.objectives.map {
                        .object([("name", .string($0.name)), ("direction", .string($0.direction.rawValue))])
                    })
            ),
            ("constraints", .array(objectives.constraints.map { .string($0.description) })),
        ]
        if !objectives.constraints.isEmpty { fields.append(("feasible_trials", .int(feasibility?.feasible ?? 0))) }
        guard objectives.isMultiObjective else { return fields }
        fields += [
            ("pareto_front", frontJSON), ("hypervolume", JSONValue(hypervolume)),
            (
                "hypervolume_reference",
                reference.map { r in .object(zip(objectives.objectives, r).map { ($0.name, JSONValue($1)) }) } ?? .null
            ),
        ]
        return fields
    }
}
