import Foundation
import Tuning

/// Samplers by name alone, with their default options: the registry's samplers (`StudyConfig.samplers`) and
/// the named option sets (`SamplerOptionSet`), as `tuner bench` and `tuner sweep` name them.
extension SamplerFactory {
    /// The samplers `tuner bench samplers` compares: bayes and its option sets, random, sobol, tpe and its.
    public static var benchmarkNames: [String] {
        ["bayes"] + SamplerOptionSet.all.filter { $0.sampler == "bayes" }.map(\.name) + ["random", "sobol", "tpe"]
            + SamplerOptionSet.all.filter { $0.sampler == "tpe" }.map(\.name)
    }

    /// What `all` stands for in a sweep list: the registry's single-objective samplers (bayes, tpe, random,
    /// sobol, grid); `nsga2`, the evolutionary multi-objective baseline, is named explicitly.
    public static var sweepAllNames: [String] { StudyConfig.samplers.filter { $0 != "nsga2" } }

    /// Every name a sweep accepts: the registry's samplers, then the option sets.
    public static var sweepNames: [String] {
        var names = StudyConfig.samplers
        for name in benchmarkNames where !names.contains(name) { names.append(name) }
        return names
    }

    /// A fresh sampler called `name` (a registry sampler with its default options, or an option set) for
    /// `space`. With a budget of `trials`, a grid gets `gridPoints(space, trials:)` values per float parameter,
    /// so a run is never cut short by an exhausted grid (the grid sampler visits its points in random order);
    /// without one, the grid's default.
    public static func make(named name: String, space: SearchSpace, trials: Int? = nil) throws -> any Sampler {
        if name == "grid", let trials {
            return GridSampler(values: floatGrid(space, points: gridPoints(space, trials: trials)))
        }
        if StudyConfig.samplers.contains(name) { return try make(name, options: [:], space: space) }
        guard let set = SamplerOptionSet.named(name) else { throw unknownSampler(name, known: sweepNames) }
        return try set.make(space: space)
    }

    /// Expands a comma-separated list of sweep sampler names (`all` = `sweepAllNames`; duplicates dropped);
    /// throws naming the first unknown one.
    public static func parseSweepList(_ list: String) throws(SpecError) -> [String] {
        var names: [String] = []
        for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            let expanded = item == "all" ? sweepAllNames : [item]
            for name in expanded where !names.contains(name) {
                guard sweepNames.contains(name) else { throw unknownSampler(name, known: ["all"] + sweepNames) }
                names.append(name)
            }
        }
        return names
    }

    /// The smallest p ≥ 2 with (product of the discrete axes' sizes) × p^(float parameters) ≥ trials
    /// (conditional parameters are counted as if always active, an upper bound on the grid's size), and at most
    /// `GridSampler.maximumPoints`.
    public static func gridPoints(_ space: SearchSpace, trials: Int) -> Int {
        var discrete = 1.0
        var floats = 0
        for p in space.parameters {
            switch p.domain {
            case .float: floats += 1
            case .int: discrete *= Double(p.domain.cardinality!)
            case .categorical(let choices): discrete *= Double(choices.count)
            case .fixed: break
            }
        }
        guard floats > 0 else { return 2 }
        var points = 2
        while discrete * pow(Double(points), Double(floats)) < Double(trials) && points < GridSampler.maximumPoints {
            points += 1
        }
        return points
    }

    /// `unknown sampler 'x' (known: …)`, for the `--samplers` flag.
    static func unknownSampler(_ name: String, known: [String]) -> SpecError {
        SpecError(
            file: "", line: nil, field: "",
            message: "unknown sampler '\(name)' (known: \(known.joined(separator: ", ")))")
    }
}
