import LinearAlgebra

/// What a network is trained to output for each input row.
public enum TrainingTargets<Scalar: NetworkScalar>: Sendable {
    /// Class labels in 0..<K (K = the network's outputs, or 2 for a single logistic output).
    case classes([Int])
    /// Target values, n×(network outputs).
    case values(Matrix<Scalar>)

    /// Number of rows.
    public var count: Int {
        switch self {
        case .classes(let labels): return labels.count
        case .values(let m): return m.rows
        }
    }

    /// The n×K target matrix the loss compares with: one-hot rows for K ≥ 2 classes, a 0/1 column for one
    /// logistic output, the values themselves for regression. Throws naming `parameter` on a bad label or width.
    func matrix(outputs k: Int, parameter: String) throws(ConfigurationError) -> Matrix<Scalar> {
        switch self {
        case .classes(let labels):
            let classCount = k == 1 ? 2 : k
            var m = Matrix<Scalar>(rows: labels.count, columns: k)
            for (i, label) in labels.enumerated() {
                guard label >= 0 && label < classCount else {
                    throw .invalid(
                        parameter: parameter,
                        reason: "label \(label) at row \(i) is outside 0..<\(classCount)")
                }
                if k == 1 { m[i, 0] = Scalar(label) } else { m[i, label] = 1 }
            }
            return m
        case .values(let m):
            guard m.columns == k else {
                throw .invalid(
                    parameter: parameter, reason: "targets have \(m.columns) columns, the network has \(k) outputs")
            }
            guard m.isFinite else { throw .invalid(parameter: parameter, reason: "targets contain NaN or infinity") }
            return m
        }
    }
}
