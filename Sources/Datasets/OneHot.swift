import LinearAlgebra

/// One-hot encoding: the `n × classes` matrix Y with `Y[i, labels[i]] = 1` and zeros elsewhere
/// (the target layout of softmax cross-entropy). Labels outside `0..<classes` are a programmer error.
public func oneHot(_ labels: [Int], classes: Int) -> Matrix<Float> {
    precondition(classes >= 0, "oneHot: classes must be non-negative, got \(classes)")
    var y = Matrix<Float>(rows: labels.count, columns: classes)
    y.withUnsafeMutableBufferPointer { buffer in
        for (i, label) in labels.enumerated() {
            precondition(label >= 0 && label < classes, "oneHot: label \(label) at index \(i) outside 0..<\(classes)")
            buffer[i * classes + label] = 1
        }
    }
    return y
}

/// The inverse of `oneHot` for scores: the index of the largest entry of every row (first one on ties),
/// e.g. predicted classes from an `n × k` matrix of probabilities or logits.
public func argmaxRows(_ scores: Matrix<Float>) -> [Int] {
    let k = scores.columns
    precondition(k > 0, "argmaxRows: matrix \(scores.rows)×\(k) has no columns")
    return scores.withUnsafeBufferPointer { buffer in
        (0..<scores.rows).map { i in
            var best = 0
            for j in 1..<k where buffer[i * k + j] > buffer[i * k + best] { best = j }
            return best
        }
    }
}
