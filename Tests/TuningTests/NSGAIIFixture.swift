import Tuning

/// What the NSGA-II tests share: a sampler of a given population, two minimized objectives f1 and f2, and ZDT1
/// runs with their hypervolume.
enum NSGAIIFixture {
    static func sampler(population: Int) -> NSGAIISampler {
        var options = NSGAIISampler.Options()
        options.populationSize = population
        return try! NSGAIISampler(options: options)
    }

    static let twoObjectives = try! StudyObjectives(objectives: [
        ObjectiveMetric(name: "f1", direction: .minimize), ObjectiveMetric(name: "f2", direction: .minimize),
    ])

    /// ZDT1 with d = 4 (Zitzler, Deb & Thiele 2000): f₁ = x₀, g = 1 + 9·(x₁ + x₂ + x₃)/3, f₂ = g·(1 − √(f₁/g)).
    static let zdtSpace = try! SearchSpace((0..<4).map { .float("x\($0)", 0, 1) })
    static func zdt1(_ trial: TrialContext) throws -> [String: Double] {
        let x = try (0..<4).map { try trial.float("x\($0)") }
        let g = 1 + 9 * (x[1] + x[2] + x[3]) / 3
        return ["f1": x[0], "f2": g * (1 - (x[0] / g).squareRoot())]
    }

    /// The trials of a study of `trials` trials with `sampler` on ZDT1 (one job, so the run is deterministic).
    static func zdtRun(
        _ sampler: any Sampler, seed: UInt64, trials: Int, objectives: StudyObjectives = twoObjectives,
        constraint: (@Sendable ([String: Double], TrialContext) throws -> [String: Double])? = nil
    ) throws -> [Trial] {
        let study = try Study(space: zdtSpace, objectives: objectives, sampler: sampler, seed: seed)
        _ = try study.optimize(
            MetricsObjective { trial in
                let metrics = try zdt1(trial)
                return try constraint?(metrics, trial) ?? metrics
            }, trials: trials)
        return try study.trials
    }

    static func hypervolume(of trials: [Trial], objectives: StudyObjectives, reference: [Double]) -> Double {
        Hypervolume.volume(
            of: objectives.paretoFront(of: trials).compactMap { objectives.losses(of: $0) }, reference: reference)
    }
}
