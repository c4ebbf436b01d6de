import Foundation

/// A bound on a metric the objective reports: `latency_ms <= 20`, `accuracy >= 0.9`.
///
/// A trial is *feasible* when every constraint of its study holds. How far it misses is its violation,
/// `max(0, value − bound)` for `<=` and `max(0, bound − value)` for `>=` (a non-finite value violates by +∞),
/// summed over the constraints; Deb's constraint domination (feasible first, then smaller violation) ranks
/// trials by it, and the Pareto front holds feasible trials only.
public struct OutcomeConstraint: Codable, Sendable, Hashable, CustomStringConvertible {
    public enum Relation: String, Codable, Sendable, CaseIterable {
        case atMost = "<="
        case atLeast = ">="
    }

    public var metric: String
    public var relation: Relation
    public var bound: Double

    public init(metric: String, relation: Relation, bound: Double) {
        self.metric = metric
        self.relation = relation
        self.bound = bound
    }

    /// How far `value` is from satisfying the constraint: 0 when it holds, +∞ when `value` is not finite.
    public func violation(_ value: Double) -> Double {
        guard value.isFinite else { return .infinity }
        switch relation {
        case .atMost: return max(0, value - bound)
        case .atLeast: return max(0, bound - value)
        }
    }

    /// The constraint as `metric` minus or plus the bound, so that ≤ 0 means it holds: g(x) = value − bound
    /// for `<=`, bound − value for `>=` (the form a model of the constraint predicts).
    public func slack(_ value: Double) -> Double {
        relation == .atMost ? value - bound : bound - value
    }

    /// `latency_ms <= 20`.
    public var description: String {
        let b = bound.rounded() == bound && abs(bound) < 1e15 ? String(Int64(bound)) : "\(bound)"
        return "\(metric) \(relation.rawValue) \(b)"
    }

    /// Parses `metric <= bound` or `metric >= bound` (spaces optional; `<` and `>` are refused, since a
    /// real-valued metric makes strict and non-strict bounds the same constraint in practice but not in print).
    public init(parsing text: String) throws(MultiObjectiveError) {
        let escaped = text.escapingControlCharacters
        let relation: Relation
        let parts: [Substring]
        if text.contains("<=") {
            relation = .atMost
            parts = text.split(separator: "<=", omittingEmptySubsequences: false)
        } else if text.contains(">=") {
            relation = .atLeast
            parts = text.split(separator: ">=", omittingEmptySubsequences: false)
        } else {
            throw .invalidConstraint(escaped)
        }
        guard parts.count == 2 else { throw .invalidConstraint(escaped) }
        let name = parts[0].trimmingCharacters(in: .whitespaces)
        let boundText = parts[1].trimmingCharacters(in: .whitespaces)
        guard let bound = Double(boundText), bound.isFinite else { throw .invalidConstraint(escaped) }
        try ObjectiveMetric.validateName(name)
        self.init(metric: name, relation: relation, bound: bound)
    }
}
