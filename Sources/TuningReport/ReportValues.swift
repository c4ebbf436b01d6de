import Charts
import Foundation
import Tuning

/// How the report places a parameter's values on a chart axis: numbers as themselves (on a log axis for log
/// parameters), categories by their index in the domain's choice list.
enum ReportValues {
    /// The axis coordinate of `value`: the number for float and int domains, the choice index for categorical
    /// ones; nil for a value outside a categorical domain, a non-number in a numeric one, or a fixed parameter.
    static func coordinate(_ value: ParameterValue, in domain: ParameterDomain) -> Double? {
        switch domain {
        case .float, .int:
            return value.doubleValue
        case .categorical(let choices):
            if let i = choices.firstIndex(of: value) { return Double(i) }
            // A stored value may come back with another numeric type (1 vs 1.0): compare as text.
            return choices.firstIndex { $0.description == value.description }.map(Double.init)
        case .fixed:
            return nil
        }
    }

    /// The category names of a categorical domain; nil otherwise.
    static func categories(_ domain: ParameterDomain) -> [String]? {
        if case .categorical(let choices) = domain { return choices.map(\.description) }
        return nil
    }

    /// Logarithmic for log-scaled float and int domains, linear otherwise.
    static func scale(_ domain: ParameterDomain) -> AxisScale {
        switch domain {
        case .float(_, _, let log), .int(_, _, _, let log): return log ? .logarithmic : .linear
        default: return .linear
        }
    }

    /// A short human form of a number: up to 4 significant digits, exponent form for very small or large ones.
    static func format(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "–" }
        if x != 0 && (abs(x) < 1e-3 || abs(x) >= 1e6) { return String(format: "%.3e", x) }
        return String(format: "%.4g", x)
    }

    /// Parameters as `name=value` pairs sorted by name.
    static func describe(_ params: Parameters) -> String {
        params.keys.sorted().map { "\($0)=\(describe(params[$0]!))" }.joined(separator: ", ")
    }

    static func describe(_ value: ParameterValue) -> String {
        if case .float(let x) = value { return format(x) }
        return value.description
    }
}
