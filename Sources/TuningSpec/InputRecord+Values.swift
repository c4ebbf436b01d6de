import Tuning

/// Typed access to the fields of a record: each accessor returns nil for an absent field (or JSON `null`) and
/// throws a `SpecError` naming the file, line and field for a value of the wrong kind.
extension InputRecord {
    /// A whole number from `range` (CSV: `3`, `3.0`; JSON: a number with no fraction).
    public func wholeNumber(_ name: String, in range: ClosedRange<Int>) throws(SpecError) -> Int? {
        guard let x = try number(name) else { return nil }
        guard x.isFinite, x.rounded() == x, x >= Double(range.lowerBound), x <= Double(range.upperBound) else {
            throw error(name, "must be a whole number from \(range.lowerBound) to \(range.upperBound), got \(x)")
        }
        return Int(x)
    }

    /// A number; CSV cells also accept `nan`, `inf` and `-inf` as Swift's `Double` reads them, JSON `NaN` and
    /// `Infinity` (JSON5, as Python writes them).
    public func number(_ name: String) throws(SpecError) -> Double? {
        switch self[name] {
        case nil, .json(.null)?: return nil
        case .json(.number(let x))?: return x
        case .text(let text)?:
            guard let x = Double(text) else { throw error(name, "must be a number, got '\(text)'") }
            return x
        case .json(let other)?: throw error(name, "must be a number, got \(other.kind)")
        }
    }

    /// A finite number.
    public func finiteNumber(_ name: String) throws(SpecError) -> Double? {
        guard let x = try number(name) else { return nil }
        guard x.isFinite else { throw error(name, "must be a finite number, got \(x)") }
        return x
    }

    /// A string (CSV: the cell's text).
    public func string(_ name: String) throws(SpecError) -> String? {
        switch self[name] {
        case nil, .json(.null)?: return nil
        case .text(let text)?, .json(.string(let text))?: return text
        case .json(let other)?: throw error(name, "must be a string, got \(other.kind)")
        }
    }

    /// A JSON object (JSON records only; a CSV cell is refused).
    public func object(_ name: String) throws(SpecError) -> [String: JSONInputValue]? {
        switch self[name] {
        case nil, .json(.null)?: return nil
        case .json(.object(let object))?: return object
        case .json(let other)?: throw error(name, "must be an object, got \(other.kind)")
        case .text: throw error(name, "must be an object (JSON input only)")
        }
    }

    /// The value of field `name` for parameter `parameter`, read as its domain wants it
    /// (`ParameterDomain.value(text:)` for a CSV cell, `value(json:)` for JSON).
    public func parameterValue(_ name: String, for parameter: Parameter) throws(SpecError) -> ParameterValue? {
        switch self[name] {
        case nil, .json(.null)?: return nil
        case .text(let text)?:
            guard let value = parameter.domain.value(text: text) else {
                throw error(name, "'\(text)' is not a value of '\(parameter.name)' (\(parameter.domain.summary))")
            }
            return value
        case .json(let json)?:
            guard let value = parameter.domain.value(json: json) else {
                throw error(
                    name, "\(json.kind) that is not a value of '\(parameter.name)' (\(parameter.domain.summary))")
            }
            return value
        }
    }
}
