/// A training loss on a batch of network outputs Z (B×K, the last Dense layer's linear output) and targets T
/// (B×K). Every loss is a mean, so gradients do not grow with the batch size.
///
/// | case | L | ∂L/∂zᵣⱼ |
/// |---|---|---|
/// | `meanSquaredError` | (1/BK) Σ (z − t)² | 2(z − t)/BK |
/// | `meanAbsoluteError` | (1/BK) Σ \|z − t\| | sign(z − t)/BK |
/// | `huber(delta: δ)` | (1/BK) Σ h(z − t) (¹) | h′(d)/BK = clamp(d, −δ, δ)/BK |
/// | `binaryCrossEntropy` | (1/BK) Σ max(z,0) − z·t + ln(1 + e^{−\|z\|}) (on logits, stable) | (σ(z) − t)/BK |
/// | `softmaxCrossEntropy` | (1/B) Σᵣ [lse(zᵣ)·Σⱼtᵣⱼ − Σⱼ tᵣⱼ zᵣⱼ] (²) | (softmax(zᵣ)ⱼ·Σₖtᵣₖ − tᵣⱼ)/B |
///
/// (¹) h(d) = ½d² if |d| ≤ δ else δ(|d| − ½δ) (Huber 1964).
/// (²) lse = log-sum-exp with the max subtracted.
///
/// The cross-entropies are fused with their link (sigmoid / softmax) so no probability is ever logged; see
/// Goodfellow et al., *Deep Learning*, §6.2.2. For one-hot targets Σⱼtᵣⱼ = 1 and the softmax gradient is p − t.
public enum Loss: Codable, Hashable, Sendable {
    case meanSquaredError
    case meanAbsoluteError
    case huber(delta: Double)
    case binaryCrossEntropy
    case softmaxCrossEntropy

    /// Parses `mse`, `mae`, `huber` (δ = 1), `bce`, `cross-entropy`; throws naming `loss` otherwise.
    public init(name: String) throws(ConfigurationError) {
        switch name.lowercased() {
        case "mse", "squared-error": self = .meanSquaredError
        case "mae", "absolute-error": self = .meanAbsoluteError
        case "huber": self = .huber(delta: 1)
        case "bce", "binary-cross-entropy": self = .binaryCrossEntropy
        case "cross-entropy", "softmax-cross-entropy", "ce": self = .softmaxCrossEntropy
        default:
            throw .invalid(
                parameter: "loss", reason: "unknown loss '\(name)'; use mse, mae, huber, bce or cross-entropy")
        }
    }

    /// The mean loss of the batch; when `gradient` is non-nil it receives ∂L/∂Z (B×K).
    public func evaluate<S: NetworkScalar>(
        output z: UnsafePointer<S>, target t: UnsafePointer<S>, rows: Int,
        columns: Int, gradient: UnsafeMutablePointer<S>?
    ) -> Double {
        guard rows > 0, columns > 0 else { return 0 }
        switch self {
        case .meanSquaredError: return S._squaredErrorLoss(z, t, rows * columns, gradient)
        case .meanAbsoluteError: return S._huberLoss(z, t, rows * columns, .infinity, gradient, absolute: true)
        case .huber(let delta): return S._huberLoss(z, t, rows * columns, S(delta), gradient, absolute: false)
        case .binaryCrossEntropy: return S._binaryCrossEntropyLoss(z, t, rows * columns, gradient)
        case .softmaxCrossEntropy: return S._softmaxCrossEntropyLoss(z, t, rows: rows, columns: columns, gradient)
        }
    }
}

func squaredErrorLoss<S: NetworkScalar>(
    _ z: UnsafePointer<S>, _ t: UnsafePointer<S>, _ n: Int,
    _ g: UnsafeMutablePointer<S>?
) -> Double {
    var sum = 0.0
    let scale = S(2) / S(n)
    for i in 0..<n {
        let d = z[i] - t[i]
        sum += Double(d * d)
        g?[i] = scale * d
    }
    return sum / Double(n)
}

/// Huber loss, or the absolute error when `absolute` (the δ → 0 limit scaled by 1/δ).
func huberLoss<S: NetworkScalar>(
    _ z: UnsafePointer<S>, _ t: UnsafePointer<S>, _ n: Int, _ delta: S,
    _ g: UnsafeMutablePointer<S>?, absolute: Bool
) -> Double {
    var sum = 0.0
    let scale = 1 / S(n)
    for i in 0..<n {
        let d = z[i] - t[i]
        let a = abs(d)
        if absolute {
            sum += Double(a)
            g?[i] = d > 0 ? scale : (d < 0 ? -scale : 0)
        } else if a <= delta {
            sum += Double(d * d / 2)
            g?[i] = scale * d
        } else {
            sum += Double(delta * (a - delta / 2))
            g?[i] = d > 0 ? scale * delta : -scale * delta
        }
    }
    return sum / Double(n)
}

func binaryCrossEntropyLoss<S: NetworkScalar>(
    _ z: UnsafePointer<S>, _ t: UnsafePointer<S>, _ n: Int,
    _ g: UnsafeMutablePointer<S>?
) -> Double {
    var sum = 0.0
    let scale = 1 / S(n)
    for i in 0..<n {
        let x = z[i]
        sum += Double(max(x, 0) - x * t[i] + S.log1p(S.exp(-abs(x))))
        g?[i] = scale * (logistic(x) - t[i])
    }
    return sum / Double(n)
}

func softmaxCrossEntropyLoss<S: NetworkScalar>(
    _ z: UnsafePointer<S>, _ t: UnsafePointer<S>, rows: Int, columns: Int,
    _ g: UnsafeMutablePointer<S>?
) -> Double {
    var sum = 0.0
    let scale = 1 / S(rows)
    for r in 0..<rows {
        let zr = z + r &* columns
        let tr = t + r &* columns
        var m = zr[0]
        for j in 1..<columns where zr[j] > m { m = zr[j] }
        var expSum: S = 0
        var targetSum: S = 0
        var dot: S = 0
        for j in 0..<columns {
            expSum += S.exp(zr[j] - m)
            targetSum += tr[j]
            dot += tr[j] * zr[j]
        }
        let logSumExp = m + S.log(expSum)
        sum += Double(logSumExp * targetSum - dot)
        if let g {
            let gr = g + r &* columns
            let inv = 1 / expSum
            for j in 0..<columns { gr[j] = scale * (S.exp(zr[j] - m) * inv * targetSum - tr[j]) }
        }
    }
    return sum / Double(rows)
}
