import NeuralNetwork

extension LearningRateSchedule {
    /// Parses the text form of a schedule (the command line's `--schedule`), for a run of `epochs` epochs:
    ///
    /// | text                         | schedule                                                             |
    /// |------------------------------|----------------------------------------------------------------------|
    /// | `constant`                   | η                                                                    |
    /// | `step:EVERY:FACTOR`          | η · FACTOR^⌊(e − 1) / EVERY⌋                                         |
    /// | `exponential:DECAY`          | η · DECAY^(e − 1)                                                    |
    /// | `cosine[:MIN]`               | cosine annealing to MIN over `epochs` (Loshchilov & Hutter 2017)     |
    /// | `plateau[:FACTOR:PATIENCE]`  | × FACTOR after PATIENCE epochs without improvement (default 0.1, 10) |
    ///
    /// Names are case-insensitive; EVERY and PATIENCE are truncated to integers and must lie in
    /// 0...`maximumEpochField` (checked before the conversion, so no text can overflow `Int`). The schedule is
    /// validated (`validate()`), so a parsed schedule is usable.
    public init(parsing text: String, epochs: Int) throws(ScheduleTextError) {
        let parts = text.lowercased().split(separator: ":").map(String.init)
        func number(_ i: Int, _ field: String) throws(ScheduleTextError) -> Double {
            guard parts.count > i, let x = Double(parts[i]), x.isFinite else {
                throw .notANumber(text: text, field: field)
            }
            return x
        }
        func wholeEpochs(_ i: Int, _ field: String) throws(ScheduleTextError) -> Int {
            let x = try number(i, field)
            guard x >= 0 && x <= Double(Self.maximumEpochField) else {
                throw .outOfRange(text: text, field: field, maximum: Self.maximumEpochField)
            }
            return Int(x)
        }
        let schedule: LearningRateSchedule
        switch parts.first ?? "" {
        case "constant" where parts.count == 1:
            schedule = .constant
        case "step" where parts.count == 3:
            schedule = .step(every: try wholeEpochs(1, "EVERY"), factor: try number(2, "FACTOR"))
        case "exponential" where parts.count == 2:
            schedule = .exponential(decay: try number(1, "DECAY"))
        case "cosine" where parts.count <= 2:
            schedule = .cosine(epochs: epochs, minimum: parts.count == 2 ? try number(1, "MIN") : 0)
        case "plateau" where parts.count == 3:
            schedule = .reduceOnPlateau(factor: try number(1, "FACTOR"), patience: try wholeEpochs(2, "PATIENCE"))
        case "plateau" where parts.count == 1:
            schedule = .reduceOnPlateau()
        default:
            throw .unknownForm(text: text)
        }
        do {
            try schedule.validate()
        } catch {
            throw .invalid(text: text, error)
        }
        self = schedule
    }

    /// The largest EVERY or PATIENCE a schedule text may give: a billion epochs, far beyond any run.
    public static let maximumEpochField = 1_000_000_000
}

/// A schedule text that `LearningRateSchedule(parsing:epochs:)` rejects. The description starts with the text in
/// quotes, so a caller can put the flag it came from in front (`--schedule 'step:x:0.5': EVERY must be …`).
public enum ScheduleTextError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A field (`EVERY`, `FACTOR`, `DECAY`, `MIN`, `PATIENCE`) is missing or not a finite number.
    case notANumber(text: String, field: String)
    /// An epoch count (`EVERY`, `PATIENCE`) is negative or above `maximum`.
    case outOfRange(text: String, field: String, maximum: Int)
    /// The text is none of the forms.
    case unknownForm(text: String)
    /// The schedule parses but a setting is out of range.
    case invalid(text: String, ConfigurationError)

    /// The forms the text may take.
    public static let forms = "constant, step:EVERY:FACTOR, exponential:DECAY, cosine[:MIN], plateau[:FACTOR:PATIENCE]"

    public var description: String {
        switch self {
        case .notANumber(let text, let field): return "'\(text)': \(field) must be a number (forms: \(Self.forms))"
        case .outOfRange(let text, let field, let maximum):
            return "'\(text)': \(field) must be in 0...\(maximum)"
        case .unknownForm(let text): return "'\(text)' is not one of \(Self.forms)"
        case .invalid(let text, let error): return "'\(text)': \(error)"
        }
    }
}
