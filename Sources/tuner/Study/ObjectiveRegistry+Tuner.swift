import Benchmarking
import NetworkTraining
import Tuning
import TuningSpec

/// The objectives `tuner` studies can name, registered from the modules that own them: `mlp` (the default; the
/// network on a dataset, `NetworkTraining`), `command` (`TuningSpec`), the benchmark functions
/// (`Benchmarking`: `branin`, `hartmann6`, …, and their `_inert` variants) and the multi-objective benchmark
/// problems (`zdt1`, …, `c2dtlz2`).
extension ObjectiveRegistry {
    static let tuner = ObjectiveRegistry(
        defaultName: "mlp",
        providers: [.network, .command] + BenchmarkFunction.catalog.map(ObjectiveProvider.benchmark)
            + MultiObjectiveProblem.all.map(ObjectiveProvider.multiObjective))
}

extension ObjectiveProvider {
    /// `mlp`: `NetworkObjective` on `dataset` (a bundled name or a CSV file; default digits), median-pruned.
    static let network = ObjectiveProvider(name: "mlp", acceptsLearningRateRange: true) { config in
        // With several objectives, the network's metric is the first declared one it knows (`accuracy`, `loss`, …).
        let declared = config.objectives?.map(\.name).first { NetworkObjective.Metric(rawValue: $0) != nil }
        let request = NetworkStudyRequest(
            dataset: config.dataset, target: config.target, metric: config.metric ?? declared,
            seed: config.seed ?? 0, folds: config.cv.flatMap { if case .folds(let k) = $0 { k } else { nil } },
            automaticFolds: config.cv.map { $0 == .automatic } ?? NetworkObjective.crossValidatesByDefault,
            narrowsLearningRates: config.lrRange == "auto", csv: CSVHandling(config))
        let network: NetworkStudySetup
        do {
            network = try NetworkObjective.studySetup(request)
        } catch let error as NetworkStudyError {
            throw SpecError(file: "", line: nil, field: error.field, message: error.message)
        }
        network.notes.forEach(StandardError.line)
        let objective = network.objective
        var setup = ObjectiveSetup(
            objective: objective, defaultSpace: network.space, direction: objective.direction,
            metric: network.metricName, summary: network.summary, defaultPruner: "median",
            finalEvaluation: { try objective.finalEvaluation(of: $0) })
        setup.defaultPrunerOptions = ["warmup_steps": .int(network.pruningWarmupSteps)]
        setup.metrics = objective.reportedMetrics
        return setup
    }

    /// A benchmark function by its name: its space, minimized, with its known optimum in the summary.
    static func benchmark(_ function: BenchmarkFunction) -> ObjectiveProvider {
        ObjectiveProvider(name: function.name) { config in
            let dimension = function.space.parameters.count
            return ObjectiveSetup(
                objective: function.objective(seed: config.seed ?? 0), defaultSpace: function.space,
                direction: .minimize, metric: "value",
                summary: "\(function.name) (d = \(dimension), minimum \(function.optimum))")
        }
    }

    /// A multi-objective benchmark problem by its name: its box, its objectives `f1`, … minimized and its
    /// constraints `g1 <= 0`, … unless the spec declares others on those metrics.
    static func multiObjective(_ problem: MultiObjectiveProblem) -> ObjectiveProvider {
        ObjectiveProvider(name: problem.name) { _ in
            var setup = ObjectiveSetup(
                objective: problem.objective, defaultSpace: problem.space, direction: .minimize,
                metric: problem.objectiveNames[0], summary: problem.summary)
            setup.metrics = problem.reportedMetrics
            setup.defaultObjectives = problem.studyObjectives
            return setup
        }
    }
}
