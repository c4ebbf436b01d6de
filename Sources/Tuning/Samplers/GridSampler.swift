import Randomness

/// Exhaustive search over every combination of the listed values: ints contribute their whole range
/// (low, low + step, …, high), categoricals their choices, fixed parameters their value, and floats the values
/// given in `values` (a float without listed values is an error naming it). Conditional parameters are
/// expanded only under the parent values that activate them, so no point differs only in an inactive
/// parameter.
///
/// A point is never proposed twice: every trial in the history (any state, running ones included, so
/// parallel workers never share a point) marks its point as visited; an unvisited point is drawn at random,
/// and when none is left the sampler answers `.exhausted` and the study ends. Workers in other processes
/// read the same history and may propose the same point at the same moment: `requiresUniqueParameters` makes
/// `Study.ask` record each point with the storage's atomic unique insert, so only one of them runs it and the
/// others ask again.
public struct GridSampler: Sampler {
    public var name: String { "grid" }

    /// True: a grid point is run by exactly one worker, across processes and machines.
    public var requiresUniqueParameters: Bool { true }

    /// Values to use for parameters (required for floats; for ints and categoricals it restricts the grid).
    public let values: [String: [ParameterValue]]
    private var cache: (space: SearchSpace, points: [Parameters])?

    /// Errors of grid construction.
    public enum GridError: Error, Equatable, CustomStringConvertible {
        case floatNeedsValues(parameter: String)
        case valueOutsideDomain(parameter: String, value: ParameterValue)
        /// The grid would have more than `limit` points once `parameter`'s values are combined in.
        case tooLarge(parameter: String, limit: Int)

        public var description: String {
            switch self {
            case .floatNeedsValues(let p): return "grid: float parameter '\(p)' needs a list of values"
            case .valueOutsideDomain(let p, let v):
                return "grid: value '\(v)' of parameter '\(p)' is outside its domain"
            case .tooLarge(let p, let limit):
                return "grid: parameter '\(p)' makes the grid larger than \(limit) points; narrow its range, "
                    + "raise its step, or use a sampler that does not enumerate (random, sobol, tpe, bayes)"
            }
        }
    }

    /// The largest grid accepted (10 million points). The size is counted before any point is built, so a
    /// larger grid is refused with `GridError.tooLarge` without allocating it.
    public static let maximumPoints = 10_000_000

    public init(values: [String: [ParameterValue]] = [:]) { self.values = values }

    /// Every point of the grid for `space`, in a fixed order (parameters in space order, values in listed order).
    /// - Throws: `GridError.tooLarge` (before anything is built) when the grid has more than `maximumPoints`.
    public func points(of space: SearchSpace) throws -> [Parameters] {
        // Counted first (`pointCount`, which refuses a grid past `maximumPoints`), so no level is built too large.
        let total = try pointCount(of: space)
        let axes = try self.axes(of: space)
        var partial: [Parameters] = [[:]]
        for p in space.parameters {
            let values = axes[p.name]!.values
            var next: [Parameters] = []
            next.reserveCapacity(total)
            for assignment in partial {
                guard space.isActive(p, in: assignment) else {
                    next.append(assignment)
                    continue
                }
                for v in values {
                    var a = assignment
                    a[p.name] = v
                    next.append(a)
                }
            }
            partial = next
        }
        return partial
    }

    /// One parameter's values: listed ones, or an int range kept as a range until the grid is built.
    enum Axis {
        case listed([ParameterValue])
        case integers(low: Int, step: Int, count: Int)

        var count: Int {
            switch self {
            case .listed(let values): return values.count
            case .integers(_, _, let count): return count
            }
        }

        var values: [ParameterValue] {
            switch self {
            case .listed(let values): return values
            case .integers(let low, let step, let count):
                return (0..<count).map { .int(ParameterDomain.gridValue(low: low, step: step, index: UInt64($0))) }
            }
        }
    }

    /// Every parameter's axis, checked against the domain; an int range of more than `maximumPoints` values
    /// is refused here, before its values exist. With `floatPoints`, a float without listed values stands for that
    /// many values (an axis of as many integers: counted, never built, as no float is a parent).
    func axes(of space: SearchSpace, floatPoints: Int? = nil) throws -> [String: Axis] {
        var axes: [String: Axis] = [:]
        for p in space.parameters {
            if let listed = values[p.name] {
                axes[p.name] = .listed(
                    try listed.map {
                        guard let c = p.domain.canonical($0) else {
                            throw GridError.valueOutsideDomain(parameter: p.name, value: $0)
                        }
                        return c
                    })
                continue
            }
            switch p.domain {
            case .float:
                guard let floatPoints else { throw GridError.floatNeedsValues(parameter: p.name) }
                axes[p.name] = .integers(low: 0, step: 1, count: floatPoints)
            case .int(let low, _, let step, _):
                let count = p.domain.cardinality!
                guard count <= Self.maximumPoints else {
                    throw GridError.tooLarge(parameter: p.name, limit: Self.maximumPoints)
                }
                axes[p.name] = .integers(low: low, step: step, count: count)
            case .categorical(let c): axes[p.name] = .listed(c)
            case .fixed(let v): axes[p.name] = .listed([v])
            }
        }
        return axes
    }

    public mutating func propose(_ context: SamplingContext, using rng: inout Xoshiro256StarStar) throws -> Proposal {
        if cache?.space != context.space { cache = (context.space, try points(of: context.space)) }
        let visited = Set(context.trials.map(\.params))
        let open = cache!.points.filter { !visited.contains($0) }
        guard !open.isEmpty else { return .exhausted }
        return .parameters(open[Int.random(in: 0..<open.count, using: &rng)])
    }
}
