import ArgumentParser
import Foundation
import Tuning
import TuningSpec

/// The samplers `tuner sweep` runs: every name of `SamplerFactory` (`bayes`, `tpe`, `random`, `sobol`, `grid`,
/// with their default options) and the ablation variants of `tuner bench samplers` (`bayes-ei`,
/// `tpe-independent`, …). The name given is the `sampler` column of the CSV.
enum SweepSamplers {
    static var knownNames: [String] {
        var names = StudyConfig.samplers
        for name in BenchSamplers.samplerNames where !names.contains(name) { names.append(name) }
        return names
    }

    /// Expands a comma-separated list (`all` = the factory's five); throws a one-line usage error naming the
    /// first unknown sampler.
    static func parseList(_ list: String) throws -> [String] {
        var names: [String] = []
        for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            let expanded = item == "all" ? StudyConfig.samplers : [item]
            for name in expanded where !names.contains(name) {
                guard knownNames.contains(name) else {
                    throw ValidationError("--samplers: unknown sampler '\(name)' (known: all, \(knownNames.joined(separator: ", ")))")
                }
                names.append(name)
            }
        }
        return names
    }

    /// A fresh sampler called `name` for `space`. A grid gets `points` values per float parameter with
    /// `points` the smallest number (≥ 2) for which the grid has at least `trials` points, so a run is never
    /// cut short by an exhausted grid; the grid sampler visits its points in random order.
    static func make(_ name: String, space: SearchSpace, trials: Int) throws -> any Sampler {
        if name == "grid" { return GridSampler(values: SamplerFactory.floatGrid(space, points: gridPoints(space, trials: trials))) }
        if StudyConfig.samplers.contains(name) {
            return try SamplerFactory.make(name, options: [:], space: space, file: "--samplers")
        }
        guard let sampler = BenchSamplers.makeSampler(name) else {
            throw ValidationError("--samplers: unknown sampler '\(name)'")
        }
        return sampler
    }

    /// The smallest p ≥ 2 with (product of the discrete axes' sizes) × p^(float parameters) ≥ trials
    /// (conditional parameters are counted as if always active, an upper bound on the grid's size).
    static func gridPoints(_ space: SearchSpace, trials: Int) -> Int {
        var discrete = 1.0, floats = 0
        for p in space.parameters {
            switch p.domain {
            case .float: floats += 1
            case let .int(low, high, step, _): discrete *= Double((high - low) / step + 1)
            case let .categorical(choices): discrete *= Double(choices.count)
            case .fixed: break
            }
        }
        guard floats > 0 else { return 2 }
        var points = 2
        while discrete * pow(Double(points), Double(floats)) < Double(trials) { points += 1 }
        return points
    }
}
