/// One named hyperparameter of a search space, optionally conditional on a categorical parent.
///
/// Build them with the factory functions:
/// ```swift
/// let space = try SearchSpace([
///     .float("lr", 1e-5, 1e-1, log: true),
///     .int("units", 16, 256, step: 16),
///     .categorical("optimizer", ["sgd", "adam"]),
///     .float("momentum", 0, 0.99).when("optimizer", in: ["sgd"]),
///     .fixed("epochs", 20),
/// ])
/// ```
public struct Parameter: Hashable, Sendable, Codable {
    public var name: String
    public var domain: ParameterDomain
    /// Active only when this holds; nil means always active (given its own parent chain).
    public var condition: Condition?

    /// "Active when `parent` takes one of `values`".
    public struct Condition: Hashable, Sendable, Codable {
        public var parent: String
        public var values: [ParameterValue]
        public init(parent: String, values: [ParameterValue]) {
            self.parent = parent
            self.values = values
        }
    }

    public init(name: String, domain: ParameterDomain, condition: Condition? = nil) {
        self.name = name
        self.domain = domain
        self.condition = condition
    }

    /// A real parameter in [low, high], on a log scale if `log`.
    public static func float(_ name: String, _ low: Double, _ high: Double, log: Bool = false) -> Parameter {
        Parameter(name: name, domain: .float(low: low, high: high, log: log))
    }

    /// An integer parameter low, low + step, …, high, on a log scale if `log`.
    public static func int(_ name: String, _ low: Int, _ high: Int, step: Int = 1, log: Bool = false) -> Parameter {
        Parameter(name: name, domain: .int(low: low, high: high, step: step, log: log))
    }

    /// A categorical parameter over strings, numbers or booleans.
    public static func categorical(_ name: String, _ choices: [ParameterValue]) -> Parameter {
        Parameter(name: name, domain: .categorical(choices))
    }

    /// A constant handed to the objective.
    public static func fixed(_ name: String, _ value: ParameterValue) -> Parameter {
        Parameter(name: name, domain: .fixed(value))
    }

    /// This parameter, active only when `parent` takes one of `values`.
    public func when(_ parent: String, in values: [ParameterValue]) -> Parameter {
        var copy = self
        copy.condition = Condition(parent: parent, values: values)
        return copy
    }
}
