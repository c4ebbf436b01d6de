import Foundation

/// The attributes a command attaches to its trial by printing a JSON object line with an `attrs` object:
/// `{"attrs": {"model": "out/model.bin", "params": 12345}}` on a line of its own, or on the result line
/// (`{"loss": 0.12, "attrs": {…}}` with `--metric loss`). They become the trial's user attributes (a later
/// line's value for a key replaces an earlier one) and show in `tuner show`, `export` and `report`.
///
/// A value is stored as text: a string as it is (control characters written as escapes, `\n`, so listings
/// stay one line per attribute), an integer or a finite number in its shortest form, a boolean as
/// `true`/`false`. Refused, each with a reason and without failing the trial: an `attrs` that is not an object;
/// values that are objects, arrays, `null` or numbers out of range; empty keys, keys longer than
/// `maximumKeyBytes` or holding control characters; keys `tuner` writes itself (`TrialAttributeKeys.isReserved`);
/// values longer than `maximumValueBytes` once stored; and keys beyond the first `maximumCount` of a trial.
struct CommandOutputAttributes: Equatable {
    /// The longest key, in UTF-8 bytes.
    static let maximumKeyBytes = 128
    /// The longest stored value, in UTF-8 bytes.
    static let maximumValueBytes = 4096
    /// The most distinct keys one trial's output may set.
    static let maximumCount = 100

    /// The pairs to store, by key.
    var accepted: [(key: String, value: String)] = []
    /// Why the rest of the line's `attrs` was not stored, one reason per refused key (or for the whole line).
    var refused: [String] = []

    static func == (a: Self, b: Self) -> Bool {
        a.accepted.elementsEqual(b.accepted) { $0 == $1 } && a.refused == b.refused
    }

    /// The `attrs` of an output line, nil when the line has none (it is not a JSON object with `attrs`).
    init?(parsing line: String) {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("{"), text.contains("\"attrs\"") else { return nil }
        guard let decoded = try? JSONDecoder().decode(Line.self, from: Data(text.utf8)) else {
            refused = ["the line holds \"attrs\" but is not a JSON object"]
            return
        }
        switch decoded.attrs {
        case nil: return nil
        case .notObject(let kind)?: refused = ["\"attrs\" is \(kind), not an object"]
        case .object(let entries)?:
            for key in entries.keys.sorted() {
                switch Self.check(key: key, entries[key]!) {
                case .success(let value): accepted.append((key, value))
                case .failure(let reason): refused.append(reason.text)
                }
            }
        }
    }

    /// A refusal's text.
    struct Reason: Error { var text: String }

    /// The text stored for `key`'s `value`, or why it is refused.
    static func check(key: String, _ value: Value) -> Result<String, Reason> {
        let shown = key.utf8.count > 40 ? String(key.prefix(40)).escapingControlCharacters + "…" : key
        let named = "'\(shown.escapingControlCharacters)'"
        if key.isEmpty { return .failure(Reason(text: "an empty key")) }
        if key.utf8.count > maximumKeyBytes {
            return .failure(Reason(text: "key \(named) is longer than \(maximumKeyBytes) bytes"))
        }
        if key.escapingControlCharacters != key {
            return .failure(Reason(text: "key \(named) holds control characters"))
        }
        if TrialAttributeKeys.isReserved(key) {
            return .failure(Reason(text: "key \(named) is tuner's own"))
        }
        let text: String
        switch value {
        case .string(let s): text = s.escapingControlCharacters
        case .int(let i): text = "\(i)"
        case .number(let x) where x.isFinite: text = "\(x)"
        case .bool(let b): text = "\(b)"
        case .number, .unsupported:
            return .failure(Reason(text: "\(named) is \(value.kind), not a string, number or boolean"))
        }
        if text.utf8.count > maximumValueBytes {
            return .failure(Reason(text: "\(named) is longer than \(maximumValueBytes) bytes"))
        }
        return .success(text)
    }

    /// An output line as far as attributes care.
    private struct Line: Decodable {
        var attrs: Attrs?
    }

    /// The `attrs` field: an object of values, or something else.
    private enum Attrs: Decodable {
        case object([String: Value])
        case notObject(String)

        init(from decoder: any Decoder) throws {
            if let entries = try? decoder.singleValueContainer().decode([String: Value].self) {
                self = .object(entries)
            } else {
                self = .notObject(try Value(from: decoder).kind)
            }
        }
    }

    /// One attribute value.
    enum Value: Decodable, Equatable {
        case string(String)
        case int(Int)
        case number(Double)
        case bool(Bool)
        /// `null`, an object, an array or a number that does not fit a Double: named by its kind.
        case unsupported(String)

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() {
                self = .unsupported("null")
            } else if let b = try? c.decode(Bool.self) {
                self = .bool(b)
            } else if let i = try? c.decode(Int.self) {
                self = .int(i)
            } else if let x = try? c.decode(Double.self) {
                self = .number(x)
            } else if let s = try? c.decode(String.self) {
                self = .string(s)
            } else if (try? c.decode([String: Skipped].self)) != nil {
                self = .unsupported("an object")
            } else if (try? c.decode([Skipped].self)) != nil {
                self = .unsupported("an array")
            } else {
                self = .unsupported("a number out of range")
            }
        }

        /// What kind of JSON value this is, for messages.
        var kind: String {
            switch self {
            case .string: return "a string"
            case .int: return "a number"
            case .number(let x): return x.isFinite ? "a number" : "a number out of range"
            case .bool: return "a boolean"
            case .unsupported(let kind): return kind
            }
        }
    }

    /// Any JSON value, read and dropped.
    private struct Skipped: Decodable {
        init(from decoder: any Decoder) throws {}
    }
}
