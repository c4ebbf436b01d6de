/// Turns the target column's cells into y: the task (given or inferred) and class labels or values.
enum CSVTargetEncoding {
    /// The task when the caller did not give one: classification when any target cell is text, when class names
    /// were given, or when every value is an integer and there are at most `maximumInferredClasses` distinct
    /// values (scikit-learn's `type_of_target` reasoning, with a cap so integer-valued regression targets such as
    /// diabetes progression stay regression); regression otherwise, and whenever a value is too large for a
    /// `Float` (the row walk then reports it).
    static func inferTask(cells: [CSVCell], options: CSVOptions) -> TaskKind {
        if let task = options.task { return task }
        if options.classNames != nil { return .classification }
        var distinct = Set<Float>()
        for cell in cells {
            switch cell {
            case .text: return .classification
            case .number(let value):
                if value != value.rounded() { return .regression }
                distinct.insert(value)
            case .outOfRange: return .regression
            case .missing: break
            }
        }
        return distinct.count <= options.maximumInferredClasses ? .classification : .regression
    }

    /// The canonical class name of a numeric label: `3` for 3.0, `2.5` for 2.5.
    static func canonicalName(_ value: Float) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }

    /// Encodes the kept rows' target texts as class labels `0..<k`.
    ///
    /// With `classNames` given, label `i` is `classNames[i]`; a cell matches a name by its text, or by its number
    /// (so `1.0` matches `1`). Otherwise the distinct labels are sorted (numerically when all are numbers).
    static func classes(
        texts: [String], lines: [Int], column: Int, options: CSVOptions, file: String
    ) throws(DatasetError) -> Target {
        let cells = texts.map { CSVCell($0, missingMarkers: []) }
        if let names = options.classNames {
            var byName: [String: Int] = [:]
            var byNumber: [Float: Int] = [:]
            for (label, name) in names.enumerated() {
                if byName[name] == nil { byName[name] = label }
                if let v = CSVCell(name, missingMarkers: []).number, byNumber[v] == nil { byNumber[v] = label }
            }
            var labels: [Int] = []
            labels.reserveCapacity(texts.count)
            for (row, text) in texts.enumerated() {
                if let label = byName[text] {
                    labels.append(label)
                } else if let v = cells[row].number, let label = byNumber[v] {
                    labels.append(label)
                } else {
                    throw .unknownClass(
                        file: file, line: lines[row], column: column + 1, label: text, classNames: names)
                }
            }
            return .classes(labels: labels, names: names)
        }
        let numbers = cells.compactMap(\.number)
        if numbers.count == cells.count {
            let values = numbers
            let distinct = Set(values).sorted()
            let index = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
            return .classes(labels: values.map { index[$0]! }, names: distinct.map(canonicalName))
        }
        let distinct = Set(texts).sorted()
        let index = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
        return .classes(labels: texts.map { index[$0]! }, names: distinct)
    }
}
