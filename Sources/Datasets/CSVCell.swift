/// What one CSV cell holds, once trimmed: nothing (a missing marker), a finite number, a number too large for a
/// `Float`, or other text.
enum CSVCell: Equatable {
    case missing
    case number(Float)
    /// Digits whose value overflows a `Float` (`1e39`): a number, but one that cannot be stored.
    case outOfRange
    case text

    /// Classifies `text` against the missing markers, then as a number (`CSVNumber`).
    init(_ text: String, missingMarkers: Set<String>) {
        if missingMarkers.contains(text) {
            self = .missing
        } else {
            switch CSVNumber(text) {
            case .number(let value): self = .number(value)
            case .outOfRange: self = .outOfRange
            case .notANumber: self = .text
            }
        }
    }

    /// The number, when the cell holds one.
    var number: Float? {
        if case .number(let value) = self { return value }
        return nil
    }
}
