import Randomness

/// Quasi-random search with a scrambled Sobol' sequence (see `SobolSequence`): trial n takes point n of the
/// sequence, one coordinate per non-fixed parameter, mapped through the parameter's natural uniform measure
/// (`ParameterDomain.value(atUnit:)`: log scale, integer cells, categorical cells). Coordinates of inactive
/// conditional parameters are simply unused.
///
/// The scramble is derived from the study seed (`SamplingContext.seed`) and the index is the number of the
/// trial proposed for (`SamplingContext.trialNumber`), so the sampler is stateless, a resumed study continues
/// the same sequence, and no two trials of a study, whichever workers recorded them, take the same point of it.
/// Parameters beyond `SobolSequence.maximumDimension` are drawn at random. (Owen 1998, "Scrambling Sobol' and
/// Niederreiter–Xing points"; Joe & Kuo 2008.)
public struct SobolSampler: Sampler {
    public var name: String { "sobol" }

    /// Whether to scramble (true by default; the unscrambled sequence starts at the corner 0).
    public var scramble: Bool
    private var cache: (key: [Int], sequence: SobolSequence)?

    public init(scramble: Bool = true) { self.scramble = scramble }

    public mutating func propose(_ context: SamplingContext, using rng: inout Xoshiro256StarStar) throws -> Proposal {
        let searched = context.space.parameters.filter { if case .fixed = $0.domain { false } else { true } }
        guard !searched.isEmpty else { return .parameters(context.space.assign { _ in .bool(false) }) }
        let d = min(searched.count, SobolSequence.maximumDimension)
        let key = [d, Int(truncatingIfNeeded: context.seed), scramble ? 1 : 0]
        if cache?.key != key {
            cache = (key, SobolSequence(dimension: d, scrambleSeed: scramble ? context.seed ^ 0x50B0_1D00 : nil))
        }
        let u = cache!.sequence.point(context.trialNumber)
        var column: [String: Int] = [:]
        for (j, p) in searched.enumerated() { column[p.name] = j }
        return .parameters(
            context.space.assign { p in
                let j = column[p.name]!
                return p.domain.value(atUnit: j < d ? u[j] : Double.random(in: 0..<1, using: &rng))
            })
    }
}
