import Foundation
import Randomness
import Testing
import Tuning
import TuningSpec

/// Hostile search spaces through the library: a space is refused with a one-line `SearchSpaceError`, or every
/// sampler serves it (values inside the domain, finite, and spread over the range), or refuses it with a
/// one-line error before any trial runs. Never a trap.
@Suite struct SearchSpaceProperties {
    static let cases = FuzzConfiguration.cases(default: 300)

    /// The sampler a case runs: grid only for grids that are small or absurdly large (a grid of a few million
    /// points is legitimate and slow), bayes only for small spaces (a Gaussian process in a debug build).
    static func samplerName(for draft: SpaceDraft, using rng: inout Xoshiro256StarStar) -> String {
        let size = draft.gridSize
        var names = ["random", "sobol", "tpe"]
        if size < 1e4 || size > 1e12 { names += ["grid", "grid"] }
        if draft.encodedDimensions <= 6 && rng.chance(0.2) { names.append("bayes") }
        return rng.pick(names)
    }

    struct Case: Sendable {
        let draft: SpaceDraft
        let sampler: String
        let seed: UInt64
    }

    static func generate(_ rng: inout Xoshiro256StarStar) -> Case {
        let draft = rng.hostileSpace()
        return Case(draft: draft, sampler: samplerName(for: draft, using: &rng), seed: rng.next())
    }

    /// Nil when the case holds, else why not.
    static func check(_ c: Case) -> String? {
        let space: SearchSpace
        do {
            space = try SearchSpace(c.draft.parameters)
        } catch let error as SearchSpaceError {
            return Fuzz.isOneLine("\(error)") ? nil : "SearchSpaceError of several lines: \(error)"
        } catch {
            return "SearchSpace threw an untyped error \(type(of: error)): \(error)"
        }
        let trials = c.sampler == "bayes" ? 6 : 5
        let study: Study
        do {
            let sampler = try SamplerFactory.make(c.sampler, options: [:], space: space)
            study = try Study(space: space, sampler: sampler, storage: InMemoryStorage(), seed: c.seed)
            try study.optimize(ClosureObjective { trial in Double(trial.number % 3) - 0.5 }, trials: trials)
        } catch SearchSpaceError.invalidValue(let parameter, let value) {
            return "\(c.sampler) proposed \(parameter) = \(value), outside the domain of a space it accepted"
        } catch {
            return Fuzz.isOneLine("\(error)") ? nil : "error of several lines: \(error)"
        }
        let recorded = (try? study.trials) ?? []
        for trial in recorded {
            if trial.state == .running { return "trial \(trial.number) left running" }
            if let problem = outsideDomain(trial.params, space) {
                return "\(c.sampler) trial \(trial.number): \(problem)"
            }
        }
        if c.sampler != "grid" { return unspread(recorded, space, sampler: c.sampler) }
        return nil
    }

    /// A value outside its parameter's domain or not finite, if any.
    static func outsideDomain(_ params: Parameters, _ space: SearchSpace) -> String? {
        for (name, value) in params {
            guard let p = space[name] else { return "unknown parameter \(name)" }
            if let x = value.doubleValue, !x.isFinite { return "\(name) = \(x) is not finite" }
            if !p.domain.contains(value) { return "\(name) = \(value) is outside \(SpaceDraft.describe(p))" }
        }
        return nil
    }

    /// Whether a domain has so many values (over a thousand ints, over a million doubles) that a random
    /// sampler giving one value to four trials is a fault, not chance.
    static func hasManyValues(_ domain: ParameterDomain) -> Bool {
        switch domain {
        case .float(let low, let high, _):
            let width = high - low
            return width.isInfinite || width > 1e6 * max(abs(low).ulp, abs(high).ulp)
        case .int(let low, let high, let step, _): return (Double(high) - Double(low)) / Double(max(step, 1)) >= 1000
        default: return false
        }
    }

    /// A parameter of many values that took one value in every trial: a sampler that cannot spread over a
    /// range (low + u·(high − low) overflowing to ±∞ and clamped to a bound) serves it with one value.
    static func unspread(_ trials: [Trial], _ space: SearchSpace, sampler: String) -> String? {
        for p in space.parameters where p.condition == nil {
            guard Self.hasManyValues(p.domain) else { continue }
            let values = trials.compactMap { $0.params[p.name] }
            if values.count >= 4 && Set(values).count == 1 {
                return "\(sampler) gave \(p.name) the value \(values[0]) in all \(values.count) trials "
                    + "(\(SpaceDraft.describe(p)))"
            }
        }
        return nil
    }

    static func run() -> FuzzReport {
        Fuzz.forAll(
            "search spaces through every sampler", cases: cases, generate: generate,
            describe: { "\($0.sampler) over \($0.draft)" }, check: check)
    }

    @Test func hostileSpacesAreRefusedInOneLineOrServedInsideTheirDomain() async {
        await #expect(processExitsWith: .success) { CrashGuard.runChild("spaces") { SearchSpaceProperties.run() } }
        CrashGuard.explain("spaces", property: "search spaces through every sampler")
    }
}
