/// An element-wise (or, for softmax, row-wise) non-linearity y = f(x).
///
/// | case | f(x) | f′ expressed through y = f(x) |
/// |---|---|---|
/// | `relu` | max(0, x) (Nair & Hinton 2010) | 1 if y > 0 else 0 |
/// | `leakyReLU(slope: a)` | x if x > 0 else a·x (Maas et al. 2013), a > 0 | 1 if y > 0 else a |
/// | `elu(alpha: α)` | x if x > 0 else α(eˣ − 1) (Clevert et al. 2016) | 1 if y > 0 else y + α |
/// | `sigmoid` | 1 / (1 + e⁻ˣ) | y(1 − y) |
/// | `tanh` | tanh x | 1 − y² |
/// | `softmax` | yⱼ = e^{xⱼ} / Σₖ e^{xₖ} per row | ∂L/∂x = y ⊙ (g − (g·y)) per row |
/// | `identity` | x | 1 |
///
/// Every derivative is a function of the output alone, so the backward pass needs only the stored output.
public enum Activation: Codable, Hashable, Sendable {
    case relu
    case leakyReLU(slope: Double)
    case elu(alpha: Double)
    case sigmoid
    case tanh
    case softmax
    case identity

    /// The names accepted by `init(name:)`, for command-line help.
    public static let names = ["relu", "leaky-relu", "elu", "sigmoid", "tanh", "softmax", "identity"]

    /// Parses a command-line name (`relu`, `leaky-relu` (slope 0.01), `elu` (α = 1), `sigmoid`, `tanh`, `softmax`,
    /// `identity`); throws `ConfigurationError` naming `activation` otherwise.
    public init(name: String) throws(ConfigurationError) {
        switch name.lowercased() {
        case "relu": self = .relu
        case "leaky-relu", "leakyrelu", "leaky_relu": self = .leakyReLU(slope: 0.01)
        case "elu": self = .elu(alpha: 1)
        case "sigmoid", "logistic": self = .sigmoid
        case "tanh": self = .tanh
        case "softmax": self = .softmax
        case "identity", "linear", "none": self = .identity
        default:
            throw .invalid(parameter: "activation", reason: "unknown activation '\(name)'; use one of \(Self.names)")
        }
    }

    /// y = f(x) on a rows×columns batch (x and y may be the same memory).
    func forward<S: NetworkScalar>(_ x: UnsafePointer<S>, into y: UnsafeMutablePointer<S>, rows: Int, columns: Int) {
        let n = rows * columns
        switch self {
        case .relu: S._reluForward(x, y, n)
        case .leakyReLU(let a): S._leakyReLUForward(x, y, n, S(a))
        case .elu(let alpha): S._eluForward(x, y, n, S(alpha))
        case .sigmoid: S._sigmoidForward(x, y, n)
        case .tanh: S._tanhForward(x, y, n)
        case .softmax: S._softmaxForward(x, y, rows: rows, columns: columns)
        case .identity: if UnsafePointer(y) != x { y.update(from: x, count: n) }
        }
    }

    /// ∂L/∂x from the stored output y and the incoming g = ∂L/∂y (dx may alias g).
    func backward<S: NetworkScalar>(
        output y: UnsafePointer<S>, gradient g: UnsafePointer<S>,
        into dx: UnsafeMutablePointer<S>, rows: Int, columns: Int
    ) {
        let n = rows * columns
        switch self {
        case .relu: S._reluBackward(y, g, dx, n)
        case .leakyReLU(let a): S._leakyReLUBackward(y, g, dx, n, S(a))
        case .elu(let alpha): S._eluBackward(y, g, dx, n, S(alpha))
        case .sigmoid: S._sigmoidBackward(y, g, dx, n)
        case .tanh: S._tanhBackward(y, g, dx, n)
        case .softmax: S._softmaxBackward(y, g, dx, rows: rows, columns: columns)
        case .identity: if UnsafePointer(dx) != g { dx.update(from: g, count: n) }
        }
    }
}
