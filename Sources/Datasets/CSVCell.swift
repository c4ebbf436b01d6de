/// What one CSV cell holds, once trimmed: nothing (a missing marker), a finite number, or other text.
enum CSVCell: Equatable {
    case missing
    case number(Float)
    case text

    /// Classifies `text` against the missing markers; numbers are parsed with `Float(_:)` (decimal or
    /// scientific notation, `.` as decimal separator) and must be finite.
    init(_ text: String, missingMarkers: Set<String>) {
        if missingMarkers.contains(text) {
            self = .missing
        } else if let value = Float(text), value.isFinite {
            self = .number(value)
        } else {
            self = .text
        }
    }

    /// The number, when the cell holds one.
    var number: Float? {
        if case .number(let value) = self { return value }
        return nil
    }
}
