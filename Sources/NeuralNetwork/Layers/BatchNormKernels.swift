/// The loops of `BatchNorm` (Ioffe & Szegedy 2015), specialized for `Float` and `Double`. Column statistics are
/// accumulated row by row into length-m vectors, so the inner loops run along contiguous memory.
/// Layouts: gammaBeta = [γ (m), β (m)], running = [mean (m), variance (m)], statistics = [μ (m), 1/√(σ²+ε) (m)].

func batchNormTrainingForward<S: NetworkScalar>(
    _ x: UnsafePointer<S>, rows: Int, columns m: Int, gammaBeta: UnsafePointer<S>, running: UnsafeMutablePointer<S>,
    statistics: UnsafeMutablePointer<S>, normalized: UnsafeMutablePointer<S>, output: UnsafeMutablePointer<S>,
    momentum: S, epsilon: S
) {
    let mean = statistics
    let inverseStd = statistics + m
    let scale = 1 / S(rows)
    mean.update(repeating: 0, count: m)
    inverseStd.update(repeating: 0, count: m)
    for r in 0..<rows {
        let xr = x + r &* m
        for j in 0..<m { mean[j] += xr[j] }
    }
    for j in 0..<m { mean[j] *= scale }
    for r in 0..<rows {  // inverseStd holds Σ(x−μ)² for now
        let xr = x + r &* m
        for j in 0..<m {
            let d = xr[j] - mean[j]
            inverseStd[j] += d * d
        }
    }
    let unbiased = rows > 1 ? 1 / S(rows - 1) : 0
    for j in 0..<m {
        let sumSquares = inverseStd[j]
        running[j] = (1 - momentum) * running[j] + momentum * mean[j]
        if rows > 1 { running[m + j] = (1 - momentum) * running[m + j] + momentum * sumSquares * unbiased }
        inverseStd[j] = 1 / (sumSquares * scale + epsilon).squareRoot()
    }
    for r in 0..<rows {
        let xr = x + r &* m
        let nr = normalized + r &* m
        let yr = output + r &* m
        for j in 0..<m {
            let h = (xr[j] - mean[j]) * inverseStd[j]
            nr[j] = h
            yr[j] = gammaBeta[j] * h + gammaBeta[m + j]
        }
    }
}

func batchNormInferenceForward<S: NetworkScalar>(
    _ x: UnsafePointer<S>, rows: Int, columns m: Int, gammaBeta: UnsafePointer<S>, running: UnsafePointer<S>,
    output: UnsafeMutablePointer<S>, epsilon: S
) {
    for r in 0..<rows {
        let xr = x + r &* m
        let yr = output + r &* m
        for j in 0..<m {
            yr[j] = gammaBeta[j] * (xr[j] - running[j]) / (running[m + j] + epsilon).squareRoot() + gammaBeta[m + j]
        }
    }
}

/// gradients = [∂L/∂γ (m), ∂L/∂β (m)]; `inputGradient` (when non-nil) receives ∂L/∂X.
func batchNormBackward<S: NetworkScalar>(
    _ g: UnsafePointer<S>, rows: Int, columns m: Int, gamma: UnsafePointer<S>, statistics: UnsafePointer<S>,
    normalized: UnsafePointer<S>, gradients: UnsafeMutablePointer<S>, inputGradient: UnsafeMutablePointer<S>?
) {
    let dGamma = gradients
    let dBeta = gradients + m
    let inverseStd = statistics + m
    dGamma.update(repeating: 0, count: m)
    dBeta.update(repeating: 0, count: m)
    for r in 0..<rows {
        let gr = g + r &* m
        let nr = normalized + r &* m
        for j in 0..<m {
            dBeta[j] += gr[j]
            dGamma[j] += gr[j] * nr[j]
        }
    }
    guard let dx = inputGradient else { return }
    let b = S(rows)
    for r in 0..<rows {
        let gr = g + r &* m
        let nr = normalized + r &* m
        let dr = dx + r &* m
        for j in 0..<m {
            dr[j] = gamma[j] * inverseStd[j] / b * (b * gr[j] - dBeta[j] - nr[j] * dGamma[j])
        }
    }
}
