import Tuning

/// Reading a parameter's value from text (`--param lr=0.01`, a CSV cell) or from JSON, as its domain says it
/// must be: the result is canonical (`ParameterDomain.canonical`) and inside the domain, else nil.
extension ParameterDomain {
    /// The value written as `text`:
    ///
    /// - float: a finite number (`0.01`, `1e-3`, `3`);
    /// - int: a whole number (`64`, `64.0`);
    /// - categorical and fixed: the choice whose text (`ParameterValue.description`) is `text` (`relu`, `0.5`,
    ///   `true`); a numeric choice also matches another spelling of the same number (`0.50`).
    public func value(text: String) -> ParameterValue? {
        switch self {
        case .float, .int:
            guard let x = Double(text), x.isFinite else { return nil }
            return canonical(.float(x))
        case .categorical(let choices):
            return Self.choice(among: choices, text: text)
        case .fixed(let v):
            return Self.choice(among: [v], text: text)
        }
    }

    /// The value of a JSON scalar: a number for a float or int, a choice equal to a JSON number, string or
    /// boolean for a categorical or fixed parameter (`64` matches the choice `64`, `"64"` only the string choice).
    public func value(json: JSONInputValue) -> ParameterValue? {
        let candidate: ParameterValue
        switch json {
        case .number(let x) where x.isFinite:
            candidate = x.rounded() == x && abs(x) < 9e15 ? .int(Int(x)) : .float(x)
        case .string(let s): candidate = .string(s)
        case .bool(let b): candidate = .bool(b)
        default: return nil
        }
        switch self {
        case .float, .int: return candidate.doubleValue.flatMap { canonical(.float($0)) }
        case .categorical(let choices): return Self.choice(among: choices, equalTo: candidate)
        case .fixed(let v): return Self.choice(among: [v], equalTo: candidate)
        }
    }

    /// What the domain accepts, for messages: `a number from 0.0001 to 0.1`, `one of relu, tanh`.
    public var summary: String {
        switch self {
        case .float(let low, let high, _): return "a number from \(low) to \(high)"
        case .int(let low, let high, let step, _):
            return "a whole number from \(low) to \(high)" + (step > 1 ? " in steps of \(step)" : "")
        case .categorical(let choices):
            let shown = choices.prefix(10).map(\.description).joined(separator: ", ")
            return "one of " + shown + (choices.count > 10 ? ", … (\(choices.count) choices)" : "")
        case .fixed(let v): return "the fixed value \(v)"
        }
    }

    private static func choice(among choices: [ParameterValue], text: String) -> ParameterValue? {
        if let exact = choices.first(where: { $0.description == text }) { return exact }
        guard let x = Double(text) else { return nil }
        return choices.first { $0.doubleValue == x }
    }

    private static func choice(among choices: [ParameterValue], equalTo value: ParameterValue) -> ParameterValue? {
        if let exact = choices.first(where: { $0 == value }) { return exact }
        guard let x = value.doubleValue else { return nil }
        return choices.first { $0.doubleValue == x }
    }
}
