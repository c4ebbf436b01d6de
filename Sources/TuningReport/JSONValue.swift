import Foundation
import Tuning

/// A JSON value for machine-readable output (the command line's `--json`), written on one line with the keys of
/// an object in the order given (unlike `JSONSerialization`, which does not keep it). Non-finite numbers are
/// written as `null`, as JSON has no spelling for them.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A parameter value as plain JSON (`0.01`, `128`, `"adam"`, `true`).
    public init(_ value: ParameterValue) {
        switch value {
        case .float(let x): self = .number(x)
        case .int(let i): self = .int(i)
        case .string(let s): self = .string(s)
        case .bool(let b): self = .bool(b)
        }
    }

    /// Parameters as an object with keys sorted by name.
    public init(_ params: Parameters) {
        self = .object(params.keys.sorted().map { ($0, JSONValue(params[$0]!)) })
    }

    /// A number, or `null` when absent or not finite.
    public init(_ x: Double?) {
        if let x, x.isFinite { self = .number(x) } else { self = .null }
    }

    /// The value as compact JSON text on one line.
    public var text: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return "\(i)"
        case .number(let x): return x.isFinite ? "\(x)" : "null"
        case .string(let s): return JSONValue.quote(s)
        case .array(let items): return "[" + items.map(\.text).joined(separator: ",") + "]"
        case .object(let fields):
            return "{" + fields.map { JSONValue.quote($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
        }
    }

    /// `s` as a JSON string literal: quotes, backslashes and control characters escaped (RFC 8259 §7).
    public static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20: out += String(format: "\\u%04x", c.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
