import Tuning

/// Reads a sampler's or pruner's options (`sampler_options: {startup_trials: 10}`), checking types and ranges
/// and rejecting unknown keys, with errors that name the option (`sampler_options.startup_trials: must be ≥ 1`).
struct OptionReader {
    let options: [String: ParameterValue]
    let section: String
    let file: String
    private(set) var read: Set<String> = []

    init(_ options: [String: ParameterValue], section: String, file: String) {
        self.options = options
        self.section = section
        self.file = file
    }

    func error(_ key: String, _ message: String) -> SpecError {
        SpecError(file: file, line: nil, field: "\(section).\(key)", message: message)
    }

    mutating func int(
        _ key: String, default value: Int, atLeast minimum: Int = Int.min, atMost maximum: Int = Int.max
    ) throws -> Int {
        read.insert(key)
        guard let v = options[key] else { return value }
        guard case .int(let i) = v else { throw error(key, "must be an integer, got '\(v)'") }
        guard i >= minimum else { throw error(key, "must be ≥ \(minimum), got \(i)") }
        guard i <= maximum else { throw error(key, "must be ≤ \(maximum), got \(i)") }
        return i
    }

    /// An integer in `range`: `int(key, default:, atLeast: range.lowerBound, atMost: range.upperBound)`.
    mutating func int(_ key: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        try int(key, default: value, atLeast: range.lowerBound, atMost: range.upperBound)
    }

    mutating func optionalInt(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        options[key] == nil ? (read.insert(key), nil).1 : try int(key, default: 0, in: range)
    }

    mutating func double(_ key: String, default value: Double, in range: ClosedRange<Double> = -.infinity ... .infinity)
        throws -> Double
    {
        read.insert(key)
        guard let v = options[key] else { return value }
        guard let x = v.doubleValue, v.stringValue == nil else { throw error(key, "must be a number, got '\(v)'") }
        guard range.contains(x) else {
            throw error(key, "must be in [\(range.lowerBound), \(range.upperBound)], got \(x)")
        }
        return x
    }

    /// A number x with 0 < x < ∞ (a scale or a variance, where zero, a negative value, an infinity or NaN is
    /// meaningless): `noise_floor: 0` → `sampler_options.noise_floor: must be > 0, got 0.0`.
    mutating func positiveDouble(_ key: String, default value: Double) throws -> Double {
        read.insert(key)
        guard let v = options[key] else { return value }
        guard let x = v.doubleValue, v.stringValue == nil else {
            throw error(key, "must be a positive number, got '\(v)'")
        }
        guard x.isFinite else { throw error(key, "must be a finite positive number, got \(x)") }
        guard x > 0 else { throw error(key, "must be > 0, got \(x)") }
        return x
    }

    mutating func bool(_ key: String, default value: Bool) throws -> Bool {
        read.insert(key)
        guard let v = options[key] else { return value }
        guard case .bool(let b) = v else { throw error(key, "must be true or false, got '\(v)'") }
        return b
    }

    mutating func choice(_ key: String, default value: String, among choices: [String]) throws -> String {
        read.insert(key)
        guard let v = options[key] else { return value }
        guard case .string(let s) = v, choices.contains(s) else {
            throw error(key, "'\(v)' is not one of \(choices.joined(separator: ", "))")
        }
        return s
    }

    /// Throws for the first option nobody asked for (a typo, usually).
    func rejectUnknown() throws {
        if let key = options.keys.sorted().first(where: { !read.contains($0) }) {
            let known = read.sorted().joined(separator: ", ")
            throw error(
                key,
                known.isEmpty
                    ? "this \(section == "sampler_options" ? "sampler" : "pruner") takes no options"
                    : "unknown option (expected one of: \(known))")
        }
    }
}
