/// A validated set of hyperparameters, stored parents-before-children (a topological order of the
/// condition graph), so that walking `parameters` in order always meets a parent before its dependants.
///
/// A parameter is *active* in an assignment when it has no condition, or when its parent is active and takes
/// one of the condition's values. Inactive parameters are absent from `Parameters`.
public struct SearchSpace: Hashable, Sendable, Codable {
    /// The parameters, parents before children; otherwise in declaration order.
    public let parameters: [Parameter]
    private let indexByName: [String: Int]

    /// Validates every domain and condition and orders the parameters.
    /// - Throws: `SearchSpaceError` naming the parameter (bad range, log bound, step, empty or duplicate
    ///   choices, duplicate name, unknown or non-categorical parent, condition value not a choice, cycle).
    public init(_ parameters: [Parameter]) throws {
        var byName: [String: Parameter] = [:]
        for p in parameters {
            guard byName[p.name] == nil else { throw SearchSpaceError.duplicateParameter(p.name) }
            try p.domain.validate(parameter: p.name)
            byName[p.name] = p
        }
        for p in parameters {
            guard let c = p.condition else { continue }
            guard let parent = byName[c.parent] else {
                throw SearchSpaceError.unknownParent(parameter: p.name, parent: c.parent)
            }
            guard case .categorical(let choices) = parent.domain else {
                throw SearchSpaceError.parentNotCategorical(parameter: p.name, parent: c.parent)
            }
            for v in c.values where !choices.contains(v) {
                throw SearchSpaceError.conditionValueNotAChoice(parameter: p.name, value: v)
            }
        }
        // Topological order (stable): repeatedly take, in declaration order, parameters whose parent is placed.
        var ordered: [Parameter] = []
        var placed = Set<String>()
        var remaining = parameters
        while !remaining.isEmpty {
            let ready = remaining.filter { $0.condition.map { placed.contains($0.parent) } ?? true }
            if ready.isEmpty { throw SearchSpaceError.conditionCycle(parameters: Self.cycle(in: remaining)) }
            for p in ready {
                ordered.append(p)
                placed.insert(p.name)
            }
            remaining.removeAll { placed.contains($0.name) }
        }
        self.parameters = ordered
        self.indexByName = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.name, $0) })
    }

    /// One cycle among parameters none of which could be placed (each has an unplaced parent).
    private static func cycle(in stuck: [Parameter]) -> [String] {
        let parentOf = Dictionary(uniqueKeysWithValues: stuck.map { ($0.name, $0.condition!.parent) })
        var path: [String] = [stuck[0].name]
        while let next = parentOf[path.last!], !path.contains(next) { path.append(next) }
        let start = path.firstIndex(of: parentOf[path.last!]!) ?? 0
        return Array(path[start...]) + [path[start]]
    }

    /// The parameter called `name`, if any.
    public subscript(name: String) -> Parameter? { indexByName[name].map { parameters[$0] } }

    /// The number of parameters (active or not).
    public var count: Int { parameters.count }

    /// Whether `parameter` is active under `params` (its parent chain must be active and satisfied).
    public func isActive(_ parameter: Parameter, in params: Parameters) -> Bool {
        guard let c = parameter.condition else { return true }
        guard let parent = self[c.parent], isActive(parent, in: params), let v = params[c.parent] else { return false }
        return c.values.contains(v)
    }

    /// Checks a complete assignment (enqueued or imported parameters) and returns it in canonical form with
    /// fixed parameters filled in. Active parameters need a value inside their domain; inactive or unknown
    /// names are errors.
    public func validate(_ params: Parameters) throws -> Parameters {
        var result: Parameters = [:]
        for p in parameters where isActive(p, in: result) {
            if case .fixed(let v) = p.domain, params[p.name] == nil {
                result[p.name] = v
                continue
            }
            guard let v = params[p.name] else { throw SearchSpaceError.missingValue(parameter: p.name) }
            guard let c = p.domain.canonical(v) else {
                throw SearchSpaceError.invalidValue(parameter: p.name, value: v)
            }
            result[p.name] = c
        }
        for name in params.keys where result[name] == nil { throw SearchSpaceError.unexpectedParameter(name) }
        return result
    }

    /// Builds an assignment by asking `choose` for each active parameter in topological order (parents are
    /// decided before `choose` is asked about their children). Fixed parameters take their value.
    public func assign(_ choose: (Parameter) throws -> ParameterValue) rethrows -> Parameters {
        var result: Parameters = [:]
        for p in parameters where isActive(p, in: result) {
            if case .fixed(let v) = p.domain { result[p.name] = v } else { result[p.name] = try choose(p) }
        }
        return result
    }

    public static func == (a: SearchSpace, b: SearchSpace) -> Bool { a.parameters == b.parameters }
    public func hash(into hasher: inout Hasher) { hasher.combine(parameters) }

    private enum CodingKeys: String, CodingKey { case parameters }
    public init(from decoder: any Decoder) throws {
        try self.init(try decoder.container(keyedBy: CodingKeys.self).decode([Parameter].self, forKey: .parameters))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(parameters, forKey: .parameters)
    }
}
