/// Row-level loops of the training step: gathering a shuffled mini-batch, broadcasting a bias row, summing
/// columns, and the L1 sub-gradient.
///
/// Callers reach them through `NetworkScalar`'s kernel requirements (`Scalar._gatherRows(…)`), so the loop runs
/// compiled for the concrete type. Matrices are row-major and contiguous (leading dimension = columns).

/// dest[r, :] = source[indices[r], :] for r in 0..<count: copies the rows of a shuffled mini-batch.
func gatherRows<S: NetworkScalar>(
    _ source: UnsafePointer<S>, columns: Int, indices: UnsafePointer<Int>, count: Int,
    into dest: UnsafeMutablePointer<S>
) {
    for r in 0..<count {
        (dest + r &* columns).update(from: source + indices[r] &* columns, count: columns)
    }
}

/// dest[r, :] = row for r in 0..<rows (the bias term 1·b before `C ← X·W + C`).
func broadcastRow<S: NetworkScalar>(
    _ row: UnsafePointer<S>, rows: Int, columns: Int, into dest: UnsafeMutablePointer<S>
) {
    for r in 0..<rows {
        (dest + r &* columns).update(from: row, count: columns)
    }
}

/// sums[j] = Σᵣ m[r, j]: the bias gradient Gᵀ·1.
func columnSums<S: NetworkScalar>(_ m: UnsafePointer<S>, rows: Int, columns: Int, into sums: UnsafeMutablePointer<S>) {
    sums.update(repeating: 0, count: columns)
    for r in 0..<rows {
        let row = m + r &* columns
        for j in 0..<columns { sums[j] += row[j] }
    }
}

/// g += λ·sign(w): the sub-gradient of the L1 penalty λ‖w‖₁ (sign(0) = 0).
func addL1Subgradient<S: NetworkScalar>(
    _ lambda: S, weights w: UnsafePointer<S>, count: Int,
    into g: UnsafeMutablePointer<S>
) {
    for i in 0..<count {
        let x = w[i]
        g[i] += x > 0 ? lambda : (x < 0 ? -lambda : 0)
    }
}

/// True when every element is finite.
func allFinite<S: NetworkScalar>(_ p: UnsafePointer<S>, count: Int) -> Bool {
    var sum: S = 0
    for i in 0..<count { sum += p[i] * 0 }  // NaN·0 and ∞·0 are NaN; finite·0 is 0
    return sum == 0
}
