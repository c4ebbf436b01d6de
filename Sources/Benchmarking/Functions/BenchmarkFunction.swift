import Foundation
import Randomness
import Tuning

/// A synthetic objective with a search space and a known minimum, for benchmarking samplers
/// (see `docs/bench/FUNCTIONS.md`). Real coordinates are the parameters `x1`, `x2`, …; `mixed` has
/// `x1`, `x2` (floats), `k` (int 1…8) and `c` (categorical a/b/c).
public struct BenchmarkFunction: Sendable {
    /// The key of docs/bench/FUNCTIONS.md (`branin`, `hartmann6`, …).
    public let name: String
    public let space: SearchSpace
    /// f*, the true minimum of the noiseless function.
    public let optimum: Double
    /// Known minimizers.
    public let minimizers: [Parameters]
    /// Standard deviation of the observation noise (0 for noiseless functions).
    public let noise: Double
    private let function: @Sendable (Parameters) -> Double

    init(
        name: String, space: SearchSpace, optimum: Double, minimizers: [Parameters], noise: Double = 0,
        function: @escaping @Sendable (Parameters) -> Double
    ) {
        self.name = name
        self.space = space
        self.optimum = optimum
        self.minimizers = minimizers
        self.noise = noise
        self.function = function
    }

    /// A function of the real vector (x1, …, xd) on a box, with parameters named x1…xd.
    init(
        name: String, box: [ClosedRange<Double>], optimum: Double, minimizers: [[Double]], noise: Double = 0,
        _ f: @escaping @Sendable ([Double]) -> Double
    ) {
        let names = (1...box.count).map { "x\($0)" }
        let space = try! SearchSpace(zip(names, box).map { Parameter.float($0, $1.lowerBound, $1.upperBound) })
        let points = minimizers.map { x in
            Dictionary(uniqueKeysWithValues: zip(names, x.map { ParameterValue.float($0) }))
        }
        self.init(name: name, space: space, optimum: optimum, minimizers: points, noise: noise) { params in
            f(names.map { params[$0]?.doubleValue ?? .nan })
        }
    }

    /// The noiseless value f(x).
    public func value(_ params: Parameters) -> Double { function(params) }

    /// What a sampler observes: f(x) + ε with ε ~ N(0, noise²) drawn from `noiseStream` (unused when noiseless).
    public func observe(_ params: Parameters, noiseStream: inout Xoshiro256StarStar) -> Double {
        let f = function(params)
        return noise > 0 ? f + noise * noiseStream.nextNormal() : f
    }

    /// The noise stream of a benchmark seed. docs/bench/FUNCTIONS.md uses NumPy's `default_rng(10000 + seed)`; this is
    /// the same distribution and seeding rule on xoshiro256** (the draws themselves differ from NumPy's).
    public static func noiseStream(seed: UInt64) -> Xoshiro256StarStar { Xoshiro256StarStar(seed: 10_000 + seed) }

    /// An objective for studies: the observed (noisy) value, noise drawn from a stream seeded by `seed`.
    public func objective(seed: UInt64 = 0) -> ClosureObjective {
        let stream = NoiseStream(Self.noiseStream(seed: seed))
        return ClosureObjective { [self] trial in
            stream.next { observe(trial.params, noiseStream: &$0) }
        }
    }
}
