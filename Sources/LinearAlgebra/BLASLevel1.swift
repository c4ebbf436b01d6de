/// BLAS level 1: vector–vector operations on arrays (contiguous, stride 1). Lengths must match.

/// xᵀy.
@inlinable
public func dot<S: BLASScalar>(_ x: [S], _ y: [S]) -> S {
    precondition(x.count == y.count, "dot: lengths \(x.count) and \(y.count) differ")
    return x.withUnsafeBufferPointer { xp in
        y.withUnsafeBufferPointer { yp in S.blasDot(Int32(x.count), xp.baseAddress!, 1, yp.baseAddress!, 1) }
    }
}

/// y ← αx + y.
@inlinable
public func axpy<S: BLASScalar>(_ alpha: S, _ x: [S], _ y: inout [S]) {
    precondition(x.count == y.count, "axpy: lengths \(x.count) and \(y.count) differ")
    let n = Int32(x.count)
    x.withUnsafeBufferPointer { xp in
        y.withUnsafeMutableBufferPointer { yp in S.blasAxpy(n, alpha, xp.baseAddress!, 1, yp.baseAddress!, 1) }
    }
}

/// x ← αx.
@inlinable
public func scal<S: BLASScalar>(_ alpha: S, _ x: inout [S]) {
    let n = Int32(x.count)
    x.withUnsafeMutableBufferPointer { xp in S.blasScal(n, alpha, xp.baseAddress!, 1) }
}

/// ‖x‖₂, computed without overflow for large elements.
@inlinable
public func nrm2<S: BLASScalar>(_ x: [S]) -> S {
    x.withUnsafeBufferPointer { S.blasNrm2(Int32(x.count), $0.baseAddress!, 1) }
}

/// Σ|xᵢ|.
@inlinable
public func asum<S: BLASScalar>(_ x: [S]) -> S {
    x.withUnsafeBufferPointer { S.blasAsum(Int32(x.count), $0.baseAddress!, 1) }
}
