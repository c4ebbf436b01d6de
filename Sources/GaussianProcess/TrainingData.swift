import LinearAlgebra

/// The observations a GP is built on, cleaned and standardized: rows with NaN/∞ dropped (reported), outputs
/// standardized as ỹ = (y − μ_y)/s_y with the population standard deviation (as scikit-learn's
/// `normalize_y=True`), s_y = 1 when the outputs are constant or there are fewer than two, and duplicate
/// inputs counted (reported; the noise floor handles them).
struct TrainingData: Sendable {
    var inputs: Matrix<Double>
    var outputs: [Double]
    var standardized: [Double]
    var mean: Double
    var scale: Double
    var warnings: [GaussianProcessWarning]

    init(inputs: Matrix<Double>, outputs: [Double], standardize: Bool) {
        precondition(
            inputs.rows == outputs.count,
            "GaussianProcess: inputs are \(inputs.rows)×\(inputs.columns), outputs have \(outputs.count) values")
        var warnings: [GaussianProcessWarning] = []
        let d = inputs.columns
        let keep = (0..<inputs.rows).filter { i in
            outputs[i].isFinite && (0..<d).allSatisfy { inputs[i, $0].isFinite }
        }
        if keep.count < inputs.rows { warnings.append(.droppedNonFiniteObservations(count: inputs.rows - keep.count)) }
        let x = keep.count == inputs.rows ? inputs : inputs.rows(at: keep)
        let y = keep.map { outputs[$0] }
        var mean = 0.0
        var scale = 1.0
        if standardize && !y.isEmpty {
            // Shift first so that huge offsets do not swamp the spread.
            let shift = y[0]
            let centered = y.map { $0 - shift }
            let m = centered.reduce(0, +) / Double(y.count)
            let variance = centered.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(y.count)
            mean = shift + m
            let s = variance.squareRoot()
            if s > 0 && s.isFinite {
                scale = s
            } else if y.count > 1 {
                warnings.append(.constantOutputs)
            }
        }
        let duplicates = Self.duplicateCount(x)
        if duplicates > 0 { warnings.append(.duplicateInputs(count: duplicates)) }
        self.inputs = x
        self.outputs = y
        self.standardized = y.map { ($0 - mean) / scale }
        self.mean = mean
        self.scale = scale
        self.warnings = warnings
    }

    /// The same standardization with no observations (the prior), for a model that could not be factored.
    func emptied() -> TrainingData {
        var copy = self
        copy.inputs = Matrix(rows: 0, columns: inputs.columns)
        copy.outputs = []
        copy.standardized = []
        return copy
    }

    /// Number of rows equal to an earlier row (lexicographic sort, O(n log n · d)).
    static func duplicateCount(_ x: Matrix<Double>) -> Int {
        let rows = (0..<x.rows).map { x.row($0) }
        let sorted = rows.sorted { a, b in
            for (u, v) in zip(a, b) where u != v { return u < v }
            return false
        }
        return zip(sorted, sorted.dropFirst()).filter { $0 == $1 }.count
    }
}
