import Foundation
import Randomness
import Tuning

/// A generated search space, before validation: it may hold every mistake a space file can hold (empty or
/// reversed ranges, ends of Int and Double, NaN, empty or huge or duplicate choice lists, duplicate names,
/// unknown parents, cycles, deep `when:` chains).
struct SpaceDraft: Sendable, CustomStringConvertible {
    var parameters: [Parameter]

    var description: String { parameters.map(Self.describe).joined(separator: "; ") }

    static func describe(_ p: Parameter) -> String {
        let condition = p.condition.map { " when \($0.parent) in \($0.values.map(\.description))" } ?? ""
        let domain: String
        switch p.domain {
        case .float(let low, let high, let log): domain = "float [\(low), \(high)]\(log ? " log" : "")"
        case .int(let low, let high, let step, let log):
            domain = "int [\(low), \(high)] step \(step)\(log ? " log" : "")"
        case .categorical(let choices):
            let shown = choices.prefix(6).map { "\($0)" }.joined(separator: ", ")
            domain = "categorical (\(choices.count)) [\(shown)\(choices.count > 6 ? ", …" : "")]"
        case .fixed(let v): domain = "fixed \(v)"
        }
        return "\(p.name): \(domain)\(condition)"
    }

    /// The number of grid points, counted in Double (so it cannot overflow), conditions ignored, a float
    /// counting as the grid's default 5 points.
    var gridSize: Double {
        parameters.reduce(1.0) { size, p in
            switch p.domain {
            case .float: return size * 5
            case .int(let low, let high, let step, _):
                return size * max(1, (Double(high) - Double(low)) / Double(max(step, 1)) + 1)
            case .categorical(let c): return size * Double(max(c.count, 1))
            case .fixed: return size
            }
        }
    }

    /// The number of dimensions a model-based sampler encodes (one per number, one per choice).
    var encodedDimensions: Int {
        parameters.reduce(0) { n, p in
            if case .categorical(let c) = p.domain { return n + c.count }
            return n + 1
        }
    }
}

extension Xoshiro256StarStar {
    /// A hostile space: mostly a few parameters with ordinary and extreme ranges, sometimes a deep chain of
    /// conditions, sometimes none at all.
    mutating func hostileSpace() -> SpaceDraft {
        if chance(0.1) { return SpaceDraft(parameters: conditionChain(depth: int(2...40))) }
        let count = chance(0.05) ? pick([0, 12]) : int(1...4)
        var parameters: [Parameter] = []
        for i in 0..<count {
            var name = "p\(i)"
            if chance(0.08), let earlier = parameters.last?.name { name = earlier }
            if chance(0.05) { name = pick(["", " ", "a b", "{x}", "x;y", "é", "p\(i)\n"]) }
            var p = Parameter(name: name, domain: hostileDomain())
            if chance(0.3) { p.condition = condition(on: parameters, index: i) }
            parameters.append(p)
        }
        return SpaceDraft(parameters: parameters)
    }

    mutating func hostileDomain() -> ParameterDomain {
        switch int(0...9) {
        case 0...2:
            if chance(0.5) {
                let low = Double.random(in: -10...10, using: &self)
                return .float(low: low, high: low + Double.random(in: 0.001...100, using: &self), log: chance(0.3))
            }
            return .float(low: hostileDouble(), high: hostileDouble(), log: chance(0.3))
        case 3...5:
            if chance(0.5) {
                let low = int(-10...10)
                let step = pick([1, 1, 1, 2, 3])
                return .int(low: low, high: low + step * int(1...20), step: step, log: chance(0.2))
            }
            return .int(
                low: hostileInt(), high: hostileInt(), step: pick([1, 1, 1, 2, 3, 0, -1, Int.max]), log: chance(0.2))
        case 6...8:
            let count = pick([0, 1, 2, 3, 5, 1000])
            var choices = (0..<count).map { i in count > 5 ? .string("c\(i)") : hostileValue() }
            if count > 1 && chance(0.1) { choices.append(choices[0]) }
            return .categorical(choices)
        default:
            return .fixed(hostileValue())
        }
    }

    mutating func hostileValue() -> ParameterValue {
        switch int(0...3) {
        case 0: return .string(hostileText())
        case 1: return .int(hostileInt())
        case 2: return .float(hostileDouble())
        default: return .bool(chance(0.5))
        }
    }

    /// A condition on an earlier categorical parameter (its first choice), an unknown parent, or a later one.
    mutating func condition(on earlier: [Parameter], index: Int) -> Parameter.Condition? {
        if chance(0.1) { return Parameter.Condition(parent: "missing", values: [.string("a")]) }
        if chance(0.1) { return Parameter.Condition(parent: "p\(index + 1)", values: [.string("a")]) }
        let parents = earlier.compactMap { p -> (String, [ParameterValue])? in
            if case .categorical(let c) = p.domain, !c.isEmpty { return (p.name, c) }
            return nil
        }
        guard !parents.isEmpty else { return nil }
        let (parent, choices) = pick(parents)
        return Parameter.Condition(parent: parent, values: chance(0.1) ? [.string("not-a-choice")] : [choices[0]])
    }

    /// c0 ∈ {a, b}; c1 ∈ {a, b} when c0 = a; …; and a float at the bottom, active only when every link is `a`.
    mutating func conditionChain(depth: Int) -> [Parameter] {
        var chain: [Parameter] = [.categorical("c0", ["a", "b"])]
        for i in 1..<depth { chain.append(Parameter.categorical("c\(i)", ["a", "b"]).when("c\(i - 1)", in: ["a"])) }
        chain.append(Parameter.float("leaf", 0, 1).when("c\(depth - 1)", in: ["a"]))
        if chance(0.3) { chain.reverse() }
        return chain
    }
}

extension Xoshiro256StarStar {
    /// A space of one to three parameters, most at the ends of their types (`[0, Int.max]`, `[-1e308, 1e308]`,
    /// a log range over 600 decades): what a binary-level property, with few cases, should spend them on.
    mutating func extremeSpace() -> SpaceDraft {
        let domains: [ParameterDomain] = [
            .int(low: 0, high: .max, step: 1, log: false), .int(low: .min, high: 0, step: 1, log: false),
            .int(low: .min, high: .max, step: 1, log: false), .int(low: 1, high: .max, step: 1, log: true),
            .int(low: .min + 1, high: .max - 1, step: 2, log: false),
            .float(low: -1e308, high: 1e308, log: false),
            .float(low: -.greatestFiniteMagnitude, high: .greatestFiniteMagnitude, log: false),
            .float(low: 1e-300, high: 1e300, log: true), .float(low: 0, high: 5e-324, log: false),
            .categorical([.float(1e308), .float(-1e308), .string("relu; touch pwned #")]),
        ]
        let count = int(1...3)
        let parameters = (0..<count).map { i in
            Parameter(name: "p\(i)", domain: chance(0.8) ? pick(domains) : hostileDomain())
        }
        return SpaceDraft(parameters: parameters)
    }
}
