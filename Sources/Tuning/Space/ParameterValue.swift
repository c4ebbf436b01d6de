/// One value of a hyperparameter: a real number, an integer, a string or a boolean.
///
/// Values are `Hashable` (grid samplers and duplicate checks compare them) and `Codable` as a one-key object,
/// `{"float": 0.1}`, `{"int": 3}`, `{"string": "adam"}`, `{"bool": true}`, so that `2.0` and `2` stay distinct
/// after a round trip through JSON (a bare JSON number could not tell them apart).
public enum ParameterValue: Hashable, Sendable, CustomStringConvertible {
    case float(Double)
    case int(Int)
    case string(String)
    case bool(Bool)

    /// The value as a real number (floats and integers), else nil.
    public var doubleValue: Double? {
        switch self {
        case .float(let x): return x
        case .int(let i): return Double(i)
        default: return nil
        }
    }

    /// The value as an integer (integers, and floats with an integral value), else nil.
    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .float(let x): return x.rounded() == x && abs(x) < 9e15 ? Int(x) : nil
        default: return nil
        }
    }

    /// The value as a string (strings only), else nil.
    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }

    /// The value as a boolean (booleans only), else nil.
    public var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }

    /// False only for a real that is NaN or ±∞, which a domain refuses as a choice or fixed value.
    public var isFiniteWhenReal: Bool { if case .float(let x) = self { return x.isFinite } else { return true } }

    /// The text substituted into command templates and printed in progress lines.
    public var description: String {
        switch self {
        case .float(let x): return "\(x)"
        case .int(let i): return "\(i)"
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        }
    }
}

/// The parameters of one trial, by parameter name. Inactive conditional parameters are absent.
public typealias Parameters = [String: ParameterValue]

extension ParameterValue: Codable {
    private enum CodingKeys: String, CodingKey { case float, int, string, bool }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let x = try c.decodeIfPresent(Double.self, forKey: .float) {
            self = .float(x)
        } else if let i = try c.decodeIfPresent(Int.self, forKey: .int) {
            self = .int(i)
        } else if let s = try c.decodeIfPresent(String.self, forKey: .string) {
            self = .string(s)
        } else if let b = try c.decodeIfPresent(Bool.self, forKey: .bool) {
            self = .bool(b)
        } else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "a parameter value needs one of the keys float, int, string, bool"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .float(let x): try c.encode(x, forKey: .float)
        case .int(let i): try c.encode(i, forKey: .int)
        case .string(let s): try c.encode(s, forKey: .string)
        case .bool(let b): try c.encode(b, forKey: .bool)
        }
    }
}

extension ParameterValue: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral,
    ExpressibleByBooleanLiteral
{
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
