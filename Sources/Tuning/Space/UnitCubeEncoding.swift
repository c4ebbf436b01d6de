/// The map between a `SearchSpace` and the unit cube [0, 1]^D that model-based samplers (the GP `bayes`
/// sampler, CMA-like or trust-region methods) work in.
///
/// Columns, in the space's parameter order:
/// - float: one column, u = (x − low)/(high − low), or (ln x − ln low)/(ln high − ln low) on a log scale;
/// - int: one column over the *relaxed* interval: value k (k-th of n grid points) owns the cell [k/n, (k+1)/n)
///   and encodes to its centre (k + ½)/n; a log int owns equal cells in ln-space over [low − ½, high + ½].
///   Decoding rounds, so any u in [0, 1] decodes to a valid integer (Garrido-Merchán & Hernández-Lobato 2020,
///   "Dealing with categorical and integer-valued variables in Bayesian optimization with GPs");
/// - categorical with n choices: n one-hot columns; decoding takes the arg-max;
/// - fixed: no column.
/// An *inactive* conditional parameter encodes at a neutral point: ½ for a numeric column, all zeros for a
/// one-hot block (no choice), so two trials that differ only in inactive parameters encode identically.
/// `decode` walks parents before children and emits only the active parameters: always a valid assignment.
public struct UnitCubeEncoding: Sendable, Hashable {
    /// What one parameter occupies in the cube.
    public enum Kind: Sendable, Hashable { case continuous, integer, oneHot, none }

    public let space: SearchSpace
    /// For each parameter (space order): its kind and first column.
    public let kinds: [Kind]
    public let offsets: [Int]
    /// Number of columns D.
    public let dimension: Int

    public init(_ space: SearchSpace) {
        self.space = space
        var kinds: [Kind] = []
        var offsets: [Int] = []
        var d = 0
        for p in space.parameters {
            offsets.append(d)
            switch p.domain {
            case .float:
                kinds.append(.continuous)
                d += 1
            case .int:
                kinds.append(.integer)
                d += 1
            case .categorical(let c):
                kinds.append(.oneHot)
                d += c.count
            case .fixed: kinds.append(.none)
            }
        }
        self.kinds = kinds
        self.offsets = offsets
        self.dimension = d
    }

    /// The columns of parameter `name` (empty for fixed parameters).
    public func columns(of name: String) -> Range<Int> {
        guard let i = space.parameters.firstIndex(where: { $0.name == name }) else { return 0..<0 }
        return offsets[i]..<(i + 1 < offsets.count ? offsets[i + 1] : dimension)
    }

    /// Indices of columns that hold discrete information (integer and one-hot columns).
    public var discreteColumns: [Int] {
        space.parameters.indices.flatMap { i -> [Int] in
            kinds[i] == .integer || kinds[i] == .oneHot ? Array(columns(of: space.parameters[i].name)) : []
        }
    }

    /// The point u ∈ [0, 1]^D of an assignment (missing/inactive parameters at the neutral point).
    public func encode(_ params: Parameters) -> [Double] {
        var u = [Double](repeating: 0, count: dimension)
        for (i, p) in space.parameters.enumerated() {
            let o = offsets[i]
            switch kinds[i] {
            case .continuous, .integer: u[o] = params[p.name].map { p.domain.unit(of: $0) } ?? 0.5
            case .oneHot:
                guard case .categorical(let choices) = p.domain, let v = params[p.name],
                    let k = choices.firstIndex(of: v)
                else { continue }
                u[o + k] = 1
            case .none: continue
            }
        }
        return u
    }

    /// The valid assignment nearest to `u` (values clamped to [0, 1], ints rounded, arg-max for one-hot;
    /// ties go to the first choice), with only the active parameters present.
    public func decode(_ u: [Double]) -> Parameters {
        precondition(u.count == dimension, "decode: point has \(u.count) columns, encoding has \(dimension)")
        var index: [String: Int] = [:]
        for (i, p) in space.parameters.enumerated() { index[p.name] = i }
        return space.assign { p in
            let i = index[p.name]!
            let o = offsets[i]
            switch p.domain {
            case .categorical(let choices):
                var best = 0
                for k in 1..<choices.count where u[o + k] > u[o + best] { best = k }
                return choices[best]
            default:
                return p.domain.value(atUnit: u[o])
            }
        }
    }

    /// `encode(decode(u))`: snaps a continuous point of the cube to the encoding of a valid assignment
    /// (used after optimizing an acquisition function over the relaxed cube).
    public func project(_ u: [Double]) -> [Double] { encode(decode(u)) }
}
