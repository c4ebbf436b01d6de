/// The loops behind `Activation.forward` / `backward`, specialized for `Float` and `Double`.
/// Forward: (x, y, n); backward: (y, g = ∂L/∂y, dx = ∂L/∂x, n). See `Activation` for the formulas.

func reluForward<S: NetworkScalar>(_ x: UnsafePointer<S>, _ y: UnsafeMutablePointer<S>, _ n: Int) {
    for i in 0..<n {
        let v = x[i]
        y[i] = v > 0 ? v : 0
    }
}
func reluBackward<S: NetworkScalar>(
    _ y: UnsafePointer<S>, _ g: UnsafePointer<S>, _ dx: UnsafeMutablePointer<S>, _ n: Int
) {
    for i in 0..<n { dx[i] = y[i] > 0 ? g[i] : 0 }
}

func leakyReLUForward<S: NetworkScalar>(_ x: UnsafePointer<S>, _ y: UnsafeMutablePointer<S>, _ n: Int, _ a: S) {
    for i in 0..<n {
        let v = x[i]
        y[i] = v > 0 ? v : a * v
    }
}
func leakyReLUBackward<S: NetworkScalar>(
    _ y: UnsafePointer<S>, _ g: UnsafePointer<S>, _ dx: UnsafeMutablePointer<S>,
    _ n: Int, _ a: S
) {
    for i in 0..<n { dx[i] = y[i] > 0 ? g[i] : a * g[i] }
}

func eluForward<S: NetworkScalar>(_ x: UnsafePointer<S>, _ y: UnsafeMutablePointer<S>, _ n: Int, _ alpha: S) {
    for i in 0..<n {
        let v = x[i]
        y[i] = v > 0 ? v : alpha * (S.exp(v) - 1)
    }
}
func eluBackward<S: NetworkScalar>(
    _ y: UnsafePointer<S>, _ g: UnsafePointer<S>, _ dx: UnsafeMutablePointer<S>,
    _ n: Int, _ alpha: S
) {
    for i in 0..<n {
        let v = y[i]
        dx[i] = v > 0 ? g[i] : (v + alpha) * g[i]
    }
}

/// Stable logistic function: 1/(1+e⁻ˣ) for x ≥ 0, eˣ/(1+eˣ) for x < 0 (no overflow of e^|x|).
@inline(__always)
func logistic<S: NetworkScalar>(_ x: S) -> S {
    if x >= 0 { return 1 / (1 + S.exp(-x)) }
    let e = S.exp(x)
    return e / (1 + e)
}

func sigmoidForward<S: NetworkScalar>(_ x: UnsafePointer<S>, _ y: UnsafeMutablePointer<S>, _ n: Int) {
    for i in 0..<n { y[i] = logistic(x[i]) }
}
func sigmoidBackward<S: NetworkScalar>(
    _ y: UnsafePointer<S>, _ g: UnsafePointer<S>, _ dx: UnsafeMutablePointer<S>, _ n: Int
) {
    for i in 0..<n {
        let v = y[i]
        dx[i] = g[i] * v * (1 - v)
    }
}

func tanhForward<S: NetworkScalar>(_ x: UnsafePointer<S>, _ y: UnsafeMutablePointer<S>, _ n: Int) {
    for i in 0..<n { y[i] = S.tanh(x[i]) }
}
func tanhBackward<S: NetworkScalar>(
    _ y: UnsafePointer<S>, _ g: UnsafePointer<S>, _ dx: UnsafeMutablePointer<S>, _ n: Int
) {
    for i in 0..<n {
        let v = y[i]
        dx[i] = g[i] * (1 - v * v)
    }
}

/// Row-wise softmax with the maximum subtracted first (no overflow): yⱼ = e^{xⱼ−max} / Σₖ e^{xₖ−max}.
func softmaxForward<S: NetworkScalar>(_ x: UnsafePointer<S>, _ y: UnsafeMutablePointer<S>, rows: Int, columns: Int) {
    for r in 0..<rows {
        let xr = x + r &* columns
        let yr = y + r &* columns
        var m = xr[0]
        for j in 1..<columns where xr[j] > m { m = xr[j] }
        var sum: S = 0
        for j in 0..<columns {
            let e = S.exp(xr[j] - m)
            yr[j] = e
            sum += e
        }
        let inv = 1 / sum
        for j in 0..<columns { yr[j] *= inv }
    }
}
/// Softmax Jacobian-vector product per row: dxⱼ = yⱼ (gⱼ − Σₖ gₖ yₖ).
func softmaxBackward<S: NetworkScalar>(
    _ y: UnsafePointer<S>, _ g: UnsafePointer<S>, _ dx: UnsafeMutablePointer<S>,
    rows: Int, columns: Int
) {
    for r in 0..<rows {
        let yr = y + r &* columns
        let gr = g + r &* columns
        let dr = dx + r &* columns
        var s: S = 0
        for j in 0..<columns { s += gr[j] * yr[j] }
        for j in 0..<columns { dr[j] = yr[j] * (gr[j] - s) }
    }
}
