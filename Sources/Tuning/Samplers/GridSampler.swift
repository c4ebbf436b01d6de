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
        case tooLarge(points: Int)

        public var description: String {
            switch self {
            case .floatNeedsValues(let p): return "grid: float parameter '\(p)' needs a list of values"
            case .valueOutsideDomain(let p, let v):
                return "grid: value '\(v)' of parameter '\(p)' is outside its domain"
            case .tooLarge(let n): return "grid: more than \(n) points"
            }
        }
    }

    /// The largest grid accepted.
    public static let maximumPoints = 10_000_000

    public init(values: [String: [ParameterValue]] = [:]) { self.values = values }

    /// Every point of the grid for `space`, in a fixed order (parameters in space order, values in listed order).
    public func points(of space: SearchSpace) throws -> [Parameters] {
        var axes: [String: [ParameterValue]] = [:]
        for p in space.parameters {
            if let listed = values[p.name] {
                axes[p.name] = try listed.map {
                    guard let c = p.domain.canonical($0) else {
                        throw GridError.valueOutsideDomain(parameter: p.name, value: $0)
                    }
                    return c
                }
                continue
            }
            switch p.domain {
            case .float: throw GridError.floatNeedsValues(parameter: p.name)
            case .int(let low, let high, let step, _):
                axes[p.name] = stride(from: low, through: high, by: step).map { .int($0) }
            case .categorical(let c): axes[p.name] = c
            case .fixed(let v): axes[p.name] = [v]
            }
        }
        var partial: [Parameters] = [[:]]
        for p in space.parameters {
            var next: [Parameters] = []
            for assignment in partial {
                guard space.isActive(p, in: assignment) else {
                    next.append(assignment)
                    continue
                }
                for v in axes[p.name]! {
                    var a = assignment
                    a[p.name] = v
                    next.append(a)
                }
                if next.count > Self.maximumPoints { throw GridError.tooLarge(points: Self.maximumPoints) }
            }
            partial = next
        }
        return partial
    }

    public mutating func propose(_ context: SamplingContext, using rng: inout Xoshiro256StarStar) throws -> Proposal {
        if cache?.space != context.space { cache = (context.space, try points(of: context.space)) }
        let visited = Set(context.trials.map(\.params))
        let open = cache!.points.filter { !visited.contains($0) }
        guard !open.isEmpty else { return .exhausted }
        return .parameters(open[Int.random(in: 0..<open.count, using: &rng)])
    }
}
