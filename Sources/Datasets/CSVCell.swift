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

/// How a used CSV column turns into feature columns.
struct CSVFeatureColumn {
    enum Kind: Equatable {
        /// One feature, the parsed number.
        case numeric
        /// One 0/1 feature per category (sorted), named `name=category`.
        case categorical(categories: [String])
    }

    /// 0-based index of the column in the file.
    var index: Int
    /// The header name (or `x<index>`).
    var name: String
    var kind: Kind

    /// The names of the feature columns this column becomes.
    var featureNames: [String] {
        switch kind {
        case .numeric: return [name]
        case .categorical(let categories): return categories.map { "\(name)=\($0)" }
        }
    }

    /// Decides whether the column is numeric or categorical. A column is categorical when the caller says so, or
    /// when more of its non-missing cells are text than numbers; with `NonNumericPolicy.error` the latter throws
    /// `nonNumericColumn` at the first text cell.
    static func classify(
        index: Int, name: String, cells: [String], lines: [Int], forcedCategorical: Bool,
        options: CSVOptions, file: String
    ) throws(DatasetError) -> CSVFeatureColumn {
        var numbers = 0
        var texts = 0
        var firstText: Int?
        for (row, text) in cells.enumerated() {
            switch CSVCell(text, missingMarkers: options.missingMarkers) {
            case .missing: break
            case .number: numbers += 1
            case .text:
                texts += 1
                if firstText == nil { firstText = row }
            }
        }
        guard forcedCategorical || texts > numbers else {
            return CSVFeatureColumn(index: index, name: name, kind: .numeric)
        }
        if !forcedCategorical, options.nonNumericFeatures == .error, let row = firstText {
            throw .nonNumericColumn(file: file, line: lines[row], column: index + 1, columnName: name, text: cells[row])
        }
        let categories = Set(cells.filter { !options.missingMarkers.contains($0) }).sorted()
        return CSVFeatureColumn(index: index, name: name, kind: .categorical(categories: categories))
    }
}
