/// The history seen as NSGA-II generations: trials grouped by number, and the elite that survives them.
extension NSGAIISampler {
    /// The trial as a member of selection: complete, with every objective finite and every constrained metric
    /// present (its losses and total violation); nil for failed, pruned, running and waiting trials and for
    /// complete ones missing a value.
    static func member(_ trial: Trial, objectives: StudyObjectives) -> NSGAIIPopulation.Member? {
        guard trial.state == .complete, let losses = objectives.losses(of: trial),
            let violation = objectives.violation(of: trial)
        else { return nil }
        return NSGAIIPopulation.Member(number: trial.number, losses: losses, violation: violation)
    }

    /// The evaluated members of generations 0 ..< `generation` (generation k = trials numbered
    /// [k·P, (k + 1)·P)), each generation's in number order.
    static func generations(
        before generation: Int, populationSize: Int, trials: [Trial], objectives: StudyObjectives
    ) -> [[NSGAIIPopulation.Member]] {
        var result = [[NSGAIIPopulation.Member]](repeating: [], count: max(generation, 0))
        for trial in trials where trial.number >= 0 && trial.number / populationSize < generation {
            if let m = member(trial, objectives: objectives) { result[trial.number / populationSize].append(m) }
        }
        return result.map { $0.sorted { $0.number < $1.number } }
    }

    /// The parents' pool of generation `generation`: E_{g−1}, where E₋₁ is empty and E_k is the best
    /// `populationSize` of E_{k−1} ∪ (evaluated members of generation k) under the crowded comparison
    /// (`NSGAIIPopulation.survivors`, by constraint domination when the study has constraints). Empty when no
    /// trial before the generation is evaluated.
    static func elite(
        before generation: Int, populationSize: Int, trials: [Trial], objectives: StudyObjectives
    ) -> [NSGAIIPopulation.Member] {
        let constrained = !objectives.constraints.isEmpty
        var elite: [NSGAIIPopulation.Member] = []
        for members in generations(
            before: generation, populationSize: populationSize, trials: trials, objectives: objectives)
        {
            elite = NSGAIIPopulation.survivors(of: elite + members, count: populationSize, constrained: constrained)
        }
        return elite
    }
}
