import LinearAlgebra
import Randomness

/// Inference: raw outputs, probabilities / values, and class labels for whole matrices, processed in chunks of
/// the reserved batch capacity (at least 256 rows).
extension Network {
    /// The linear outputs Z (n×K: logits for classification, values for regression) for the n×d `inputs`.
    public func outputs(_ inputs: Matrix<Scalar>) -> Matrix<Scalar> {
        precondition(
            inputs.columns == inputSize,
            "Network.outputs: inputs are \(inputs.rows)×\(inputs.columns), the network takes \(inputSize) columns")
        reserve(batchCapacity: Swift.max(batchCapacity, Swift.min(256, Swift.max(inputs.rows, 1))))
        var result = Matrix<Scalar>(rows: inputs.rows, columns: outputSize)
        var rng = Xoshiro256StarStar(seed: 0)  // unused outside training (dropout is the identity)
        let (d, k, chunk) = (inputSize, outputSize, batchCapacity)
        inputs.withUnsafeBufferPointer { x in
            result.withUnsafeMutableBufferPointer { z in
                var start = 0
                while start < inputs.rows {
                    let rows = Swift.min(chunk, inputs.rows - start)
                    let out = forward(x.baseAddress! + start * d, rows: rows, training: false, using: &rng)
                    (z.baseAddress! + start * k).update(from: out, count: rows * k)
                    start += rows
                }
            }
        }
        return result
    }

    /// Class probabilities (softmax of the logits, or for one output the probability of class 1) for
    /// classification; the predicted values for regression.
    public func predict(_ inputs: Matrix<Scalar>) -> Matrix<Scalar> {
        var z = outputs(inputs)
        guard spec.task == .classification else { return z }
        let (rows, k) = (z.rows, z.columns)
        z.withUnsafeMutableBufferPointer { p in
            let base = p.baseAddress!
            if k == 1 {
                Scalar._sigmoidForward(base, base, rows)
            } else {
                Scalar._softmaxForward(base, base, rows: rows, columns: k)
            }
        }
        return z
    }

    /// The predicted class of each row (argmax of the logits; for one output, 1 when the logit is positive).
    public func predictClasses(_ inputs: Matrix<Scalar>) -> [Int] {
        precondition(spec.task == .classification, "predictClasses needs a classification network")
        return classes(fromOutputs: outputs(inputs))
    }

    /// Argmax per row of the logits Z (one output: 1 when z > 0).
    func classes(fromOutputs z: Matrix<Scalar>) -> [Int] {
        let k = z.columns
        return z.withUnsafeBufferPointer { p in
            (0..<z.rows).map { r in
                let row = p.baseAddress! + r * k
                if k == 1 { return row[0] > 0 ? 1 : 0 }
                var best = 0
                for j in 1..<k where row[j] > row[best] { best = j }
                return best
            }
        }
    }
}
