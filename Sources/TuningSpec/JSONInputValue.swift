import Foundation

/// A JSON value read from a user's file (`tuner tell --file`, `tuner enqueue --file`, `tuner import --file`),
/// keeping the distinction between numbers, booleans and strings that a parameter or a trial number needs.
///
/// Read with JSON5 leniency (`JSONDecoder.allowsJSON5`), so that the `NaN` and `Infinity` Python's `json.dumps`
/// writes for non-finite floats are numbers rather than syntax errors. A number too large for a `Double`
/// (`1e400`) is refused by the decoder.
public indirect enum JSONInputValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONInputValue])
    case object([String: JSONInputValue])

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let x = try? c.decode(Double.self) {
            self = .number(x)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let items = try? c.decode([JSONInputValue].self) {
            self = .array(items)
        } else {
            self = .object(try c.decode([String: JSONInputValue].self))
        }
    }

    /// Parses `text`; nil when it is not JSON (or holds a number out of `Double`'s range).
    public static func parse(_ text: Substring) -> JSONInputValue? {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        return try? decoder.decode(JSONInputValue.self, from: Data(text.utf8))
    }

    /// What the value is, for messages: `a number`, `a string`, `an object`.
    public var kind: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
