/// How the text of one CSV cell reads as a 32-bit float, the precision features and targets are stored in.
///
/// Decimal or scientific notation with `.` as the decimal separator (`Float(_:)`, which rounds a value too
/// large for a `Float` to ±∞). A finite result is a number; an infinite one written as digits (`1e39`,
/// `-1e308`) is a number out of range, reported as such rather than as "not a number"; anything else
/// (`abc`, `inf`, `nan`) is not a number.
public enum CSVNumber: Equatable, Sendable {
    /// A finite `Float`.
    case number(Float)
    /// A number whose magnitude exceeds `Float.greatestFiniteMagnitude` (≈ 3.4e38).
    case outOfRange
    /// Text that is not a finite number.
    case notANumber

    /// Classifies `text` (already trimmed).
    public init(_ text: String) {
        guard let value = Float(text) else {
            self = .notANumber
            return
        }
        if value.isFinite {
            self = .number(value)
        } else if value.isInfinite && !text.lowercased().contains("inf") {
            self = .outOfRange
        } else {
            self = .notANumber
        }
    }

    /// The clause of an error message for a cell holding `text` that is not a usable number:
    /// `'1e39' is out of the range of 32-bit floats (±3.4e38)` or `'abc' is not a number`.
    public static func problem(_ text: String) -> String {
        CSVNumber(text) == .outOfRange
            ? "'\(text)' is out of the range of 32-bit floats (±3.4e38)" : "'\(text)' is not a number"
    }
}
