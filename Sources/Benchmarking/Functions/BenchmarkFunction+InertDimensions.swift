import Foundation
import Tuning

/// The inert-dimension variants of the suite (docs/bench/FUNCTIONS.md, "Inert dimensions"): each function embedded
/// in twice its dimension, the added inputs ignored by the value.
///
/// Layout: every parameter of the original is followed by its inert twin, a copy with the same kind and range
/// (so a sampler cannot tell the two apart by their domains). Names: a name is a stem and an index (`x3` is
/// stem `x`, index 3; a name without trailing digits, like `k`, has index 1); the original parameter with index
/// i becomes stem + (2i − 1) and its twin stem + 2i. So `hartmann6_inert` has x1…x12, the original xᵢ being
/// x₂ᵢ₋₁ (x1, x3, …, x11 matter, x2, x4, …, x12 do not), and `mixed_inert` has x1…x4 (x1 and x3 matter),
/// k1 (the original k), k2, c1 (the original c), c2.
///
///     f_inert(y₁, z₁, y₂, z₂, …, y_d, z_d) = f(y₁, …, y_d)
///
/// The optimum f* and the noise are the original's; the minimizers are the original's with each twin set to the
/// value of its active parameter (any value of the twins attains f*).
extension BenchmarkFunction {
    /// The suffix of the inert variants' names: `hartmann6` → `hartmann6_inert`.
    public static let inertSuffix = "_inert"

    /// The ten functions of the suite with inert inputs (`branin_inert`, …, `hartmann6_noisy_inert`), in the
    /// order of `all`. The names of the suite are distinct and have no trailing digits beyond their `x` index, so
    /// the embedding cannot fail here (`BenchmarkFunctionTests` builds every one).
    public static let inert: [BenchmarkFunction] = all.map { try! $0.withInertDimensions() }

    /// Every function a benchmark can name: the ten of the suite, then their inert variants.
    public static var catalog: [BenchmarkFunction] { all + inert }

    /// This function embedded in twice its dimension: each parameter followed by an inert twin with the same
    /// domain, named as the type's documentation says; the value ignores the twins. Throws `SearchSpaceError`
    /// when two of the new names clash (an original with both `k` and `k1`, say).
    public func withInertDimensions() throws -> BenchmarkFunction {
        let originals = space.parameters
        let renamed = Dictionary(uniqueKeysWithValues: originals.map { ($0.name, Self.embeddedNames(of: $0.name)) })
        let parameters = originals.flatMap { parameter -> [Parameter] in
            let names = renamed[parameter.name]!
            var condition = parameter.condition
            if let parent = condition?.parent, let active = renamed[parent]?.active { condition?.parent = active }
            return [
                Parameter(name: names.active, domain: parameter.domain, condition: condition),
                Parameter(name: names.twin, domain: parameter.domain, condition: condition),
            ]
        }
        let activeNames = originals.map { ($0.name, renamed[$0.name]!.active) }
        let embeddedMinimizers = minimizers.map { minimizer in
            var point = Parameters()
            for (name, value) in minimizer {
                guard let names = renamed[name] else { continue }
                point[names.active] = value
                point[names.twin] = value
            }
            return point
        }
        return BenchmarkFunction(
            name: name + Self.inertSuffix, space: try SearchSpace(parameters), optimum: optimum,
            minimizers: embeddedMinimizers, noise: noise
        ) { [self] params in
            var original = Parameters(minimumCapacity: activeNames.count)
            for (name, active) in activeNames { original[name] = params[active] }
            return value(original)
        }
    }

    /// The names of a parameter's active copy and its twin: stem + (2i − 1) and stem + 2i, where `name` is stem + i
    /// (i = 1, stem = `name`, when `name` has no trailing index ≥ 1).
    static func embeddedNames(of name: String) -> (active: String, twin: String) {
        let digits = String(name.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
        let stem = String(name.dropLast(digits.count))
        guard !stem.isEmpty, digits.count <= 9, let index = Int(digits), index >= 1 else {
            return (name + "1", name + "2")
        }
        return ("\(stem)\(2 * index - 1)", "\(stem)\(2 * index)")
    }
}
