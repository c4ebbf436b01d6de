import Randomness

/// Independent uniform sampling of every active parameter: linear or logarithmic for floats, uniform over the
/// grid points for ints (ln-uniform over [low − ½, high + ½], rounded, for log ints), uniform over the
/// choices for categoricals. The baseline every other sampler must beat (Bergstra & Bengio 2012,
/// "Random search for hyper-parameter optimization").
public struct RandomSampler: Sampler {
    public var name: String { "random" }

    public init() {}

    public mutating func propose(_ context: SamplingContext, using rng: inout Xoshiro256StarStar) throws -> Proposal {
        .parameters(Self.sample(context.space, using: &rng))
    }

    /// One uniform draw from `space` (used as the start-up design of other samplers too).
    public static func sample(_ space: SearchSpace, using rng: inout Xoshiro256StarStar) -> Parameters {
        space.assign { $0.domain.randomValue(using: &rng) }
    }
}
