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

    /// The column as a saved model records it.
    var encoding: FeatureEncoding.Column {
        switch kind {
        case .numeric: return FeatureEncoding.Column(name: name)
        case .categorical(let categories): return FeatureEncoding.Column(name: name, categories: categories)
        }
    }

    /// Decides whether the column is numeric or categorical. A column is categorical when the caller says so, or
    /// when more of its non-missing cells are text than numbers; with `NonNumericPolicy.error` the latter throws
    /// `nonNumericColumn` at the first text cell.
    static func classify(
        index: Int, name: String, cells: [CSVCell], records: [CSVRecord], forcedCategorical: Bool,
        options: CSVOptions, file: String
    ) throws(DatasetError) -> CSVFeatureColumn {
        var numbers = 0
        var texts = 0
        var firstText: Int?
        for (row, cell) in cells.enumerated() {
            switch cell {
            case .missing: break
            case .number, .outOfRange: numbers += 1
            case .text:
                texts += 1
                if firstText == nil { firstText = row }
            }
        }
        guard forcedCategorical || texts > numbers else {
            return CSVFeatureColumn(index: index, name: name, kind: .numeric)
        }
        if !forcedCategorical, options.nonNumericFeatures == .error, let row = firstText {
            throw .nonNumericColumn(
                file: file, line: records[row].line, column: index + 1, columnName: name,
                text: records[row].fields[index])
        }
        // The categories are collected from the kept rows later (`CSVFeatureMatrix`).
        return CSVFeatureColumn(index: index, name: name, kind: .categorical(categories: []))
    }
}
