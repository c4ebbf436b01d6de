import Datasets
import Foundation
import NetworkTraining
import Tuning

/// A problem of the sampler benchmarks: one of the ten functions of `docs/bench/FUNCTIONS.md` (`branin`, …,
/// `mixed`, `hartmann6_noisy`), one of their inert-input variants (`branin_inert`, …, "Inert dimensions" there),
/// one of its multi-objective problems (`zdt1`, …, `c2dtlz2`, "Multi-objective problems" there) or an
/// MLP-on-dataset objective `mlp-<bundled classification dataset>` (`mlp-digits`, `mlp-iris`, `mlp-wine`,
/// `mlp-breast-cancer`).
///
/// Every problem is minimized (a multi-objective one in each objective, under its constraints). For the MLP
/// problems the observed value is the validation error 1 − accuracy of `NetworkObjective` (its default space, no
/// pruner, data split by the run's seed), f* = 0, so the regret is 1 − the best validation accuracy so far.
public enum BenchmarkProblem: Sendable {
    case function(BenchmarkFunction)
    case network(dataset: String)
    case multiObjective(MultiObjectiveProblem)

    /// The names `all` expands to: the ten functions.
    public static var functionNames: [String] { BenchmarkFunction.all.map(\.name) }

    /// The names `inert` expands to: the ten functions embedded with inert inputs (`branin_inert`, …).
    public static var inertFunctionNames: [String] { BenchmarkFunction.inert.map(\.name) }

    /// The MLP problems: one per bundled classification dataset.
    public static var networkNames: [String] {
        BundledDataset.all.filter { $0.task == .classification }.map { "mlp-\($0.name)" }
    }

    /// The names `multiobjective` expands to: the problems of `MultiObjectiveProblem.all`.
    public static var multiObjectiveNames: [String] { MultiObjectiveProblem.all.map(\.name) }

    /// Every name a sweep accepts.
    public static var knownNames: [String] { functionNames + inertFunctionNames + multiObjectiveNames + networkNames }

    public init?(named name: String) {
        if let f = BenchmarkFunction.named(name) {
            self = .function(f)
        } else if let problem = MultiObjectiveProblem.named(name) {
            self = .multiObjective(problem)
        } else if Self.networkNames.contains(name) {
            self = .network(dataset: String(name.dropFirst("mlp-".count)))
        } else {
            return nil
        }
    }

    public var name: String {
        switch self {
        case .function(let f): return f.name
        case .network(let dataset): return "mlp-\(dataset)"
        case .multiObjective(let problem): return problem.name
        }
    }

    public var space: SearchSpace {
        switch self {
        case .function(let f): return f.space
        case .network: return NetworkObjective.defaultSpace
        case .multiObjective(let problem): return problem.space
        }
    }

    /// The objectives and constraints a study of the problem declares; nil for a single-objective problem.
    public var objectives: StudyObjectives? {
        if case .multiObjective(let problem) = self { return problem.studyObjectives }
        return nil
    }

    /// Expands a comma-separated list (`all` = the ten functions, `inert` = their inert-input variants, `mlp` =
    /// the MLP problems, `multiobjective` = the multi-objective problems, duplicates dropped); throws naming the
    /// first unknown problem.
    public static func parseList(_ list: String) throws(BenchmarkError) -> [BenchmarkProblem] {
        let groups = [
            "all": functionNames, "inert": inertFunctionNames, "mlp": networkNames,
            MultiObjectiveProblem.groupKeyword: multiObjectiveNames,
        ]
        let keywords = ["all", "inert", "mlp", MultiObjectiveProblem.groupKeyword]
        return try expand(list, groups: groups, keywords: keywords, known: knownNames) {
            BenchmarkProblem(named: $0)
        }
    }

    /// `parseList` for `tuner bench samplers`, which runs no networks: `all`, `inert`, `multiobjective`, and
    /// the names of functions and multi-objective problems.
    public static func parseSamplerBenchmarkList(_ list: String) throws(BenchmarkError) -> [BenchmarkProblem] {
        let groups = [
            "all": functionNames, "inert": inertFunctionNames, MultiObjectiveProblem.groupKeyword: multiObjectiveNames,
        ]
        return try expand(
            list, groups: groups, keywords: ["all", "inert", MultiObjectiveProblem.groupKeyword],
            known: functionNames + inertFunctionNames + multiObjectiveNames
        ) { name in
            BenchmarkProblem.networkNames.contains(name) ? nil : BenchmarkProblem(named: name)
        }
    }

    /// `parseList` for benchmarks of the functions only (`tuner bench samplers`): `all`, `inert` and function
    /// names.
    public static func parseFunctionList(_ list: String) throws(BenchmarkError) -> [BenchmarkFunction] {
        let groups = ["all": functionNames, "inert": inertFunctionNames]
        return try expand(
            list, groups: groups, keywords: ["all", "inert"], known: functionNames + inertFunctionNames,
            lookup: BenchmarkFunction.named)
    }

    private static func expand<Problem>(
        _ list: String, groups: [String: [String]], keywords: [String], known: [String],
        lookup: (String) -> Problem?
    ) throws(BenchmarkError) -> [Problem] {
        var names: [String] = []
        for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            names += groups[item] ?? [item]
        }
        var seen = Set<String>()
        var problems: [Problem] = []
        for name in names where seen.insert(name).inserted {
            guard let problem = lookup(name) else {
                throw .unknownProblem(name, known: keywords + known)
            }
            problems.append(problem)
        }
        return problems
    }
}
