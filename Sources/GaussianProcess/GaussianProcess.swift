import LinearAlgebra

/// Gaussian-process regression on inputs in the unit cube: the surrogate model of Bayesian optimization.
///
/// Notation (Rasmussen & Williams, *Gaussian Processes for Machine Learning*, 2006, ch. 2 and Alg. 2.1):
/// - X: n×d training inputs (one point per row), y: n raw outputs;
///   ỹ = (y − μ_y)/s_y: standardized outputs (μ_y the mean, s_y the population standard deviation), so the
///   GP has a constant mean μ_y in raw units and zero mean in standardized units;
/// - k_θ: the kernel; σ²ₙ: the noise variance (standardized units, floored by `Options.noiseBounds`);
///   δ: a fixed nugget (scikit-learn's `alpha`); ε: jitter, only when the factorization needed it;
/// - K = k_θ(X, X) + (σ²ₙ + δ + ε)I: n×n;  L: its Cholesky factor (K = L·Lᵀ);  α = K⁻¹ỹ: n (Alg. 2.1 l. 2-3);
/// - A: m×d query points, K* = k_θ(X, A): n×m; posterior mean μ(A) = K*ᵀα, variance
///   v(A) = k(a, a) − ‖L⁻¹k*‖² (Alg. 2.1 l. 4-6), reported in raw units: μ_y + s_y·μ, s_y²·v.
///
/// Values are immutable and `Sendable`: fitting (`GaussianProcess+Fit.swift`), prediction
/// (`+Posterior`), and conditioning on pending points (`+Conditioning`) return new values. Nothing here throws
/// or traps on bad data: it is repaired and reported in `warnings`.
public struct GaussianProcess: Sendable {
    /// X: the n×d training inputs that the model uses (rows with NaN/∞ removed).
    public let inputs: Matrix<Double>
    /// The raw outputs y matching `inputs`.
    public let outputs: [Double]
    /// The kernel with its hyperparameters.
    public let kernel: any Kernel
    /// σ²ₙ in standardized units.
    public let noiseVariance: Double
    /// μ_y (0 when outputs are not standardized).
    public let outputMean: Double
    /// s_y (1 when outputs are not standardized or constant).
    public let outputScale: Double
    /// ε: the jitter the final factorization needed (0 when none).
    public let jitter: Double
    /// Every repair made while building the model.
    public let warnings: [GaussianProcessWarning]
    /// log p(ỹ | X, θ) at the model's hyperparameters (standardized units, as scikit-learn's
    /// `log_marginal_likelihood_value_` with `normalize_y=True`).
    public let logMarginalLikelihood: Double
    /// How the hyperparameters were found (nil when they were given).
    public internal(set) var fitReport: FitReport?
    /// The options the model was built with.
    public let options: Options

    let cholesky: Cholesky<Double>
    let alpha: [Double]
    let standardizedOutputs: [Double]

    /// A model at given hyperparameters (no fitting): `kernel` as it is, noise variance σ²ₙ in standardized
    /// units (clamped into `options.noiseBounds`). Shapes: `inputs` n×d, `outputs` n values.
    public init(
        inputs: Matrix<Double>, outputs: [Double], kernel: any Kernel, noiseVariance: Double,
        options: Options = Options()
    ) {
        let data = TrainingData(inputs: inputs, outputs: outputs, standardize: options.standardizeOutputs)
        self.init(
            data: data, kernel: kernel, noiseVariance: noiseVariance, options: options.checked(), extraWarnings: [])
    }

    init(
        data: TrainingData, kernel: any Kernel, noiseVariance: Double, options: Options,
        extraWarnings: [GaussianProcessWarning]
    ) {
        var warnings = data.warnings + extraWarnings
        let noise = min(
            max(
                noiseVariance.isFinite ? noiseVariance : options.noiseBounds.lowerBound,
                options.noiseBounds.lowerBound), options.noiseBounds.upperBound)
        let n = data.inputs.rows
        var k = Matrix<Double>(rows: n, columns: n)
        kernel.fillUpperGram(data.inputs, into: &k)
        k.withUnsafeMutableBufferPointer { p in for i in 0..<n { p[i * n + i] += noise + options.nugget } }
        var usable = data
        var factor: SafeCholesky
        do {
            factor = try SafeCholesky(k, maxRetries: options.maximumJitterRetries)
        } catch {
            warnings.append(.factorizationFailed)
            usable = data.emptied()
            factor = try! SafeCholesky(Matrix(rows: 0, columns: 0))
        }
        if factor.jitter > 0 { warnings.append(.jitterAdded(factor.jitter)) }
        self.inputs = usable.inputs
        self.outputs = usable.outputs
        self.standardizedOutputs = usable.standardized
        self.outputMean = usable.mean
        self.outputScale = usable.scale
        self.kernel = kernel
        self.noiseVariance = noise
        self.options = options
        self.jitter = factor.jitter
        self.cholesky = factor.factorization
        self.alpha = factor.factorization.solve(usable.standardized)
        self.warnings = warnings
        self.logMarginalLikelihood = Self.logMarginalLikelihood(
            standardized: usable.standardized, alpha: alpha,
            cholesky: factor.factorization)
    }

    /// A copy with the Cholesky factor, α and outputs replaced (conditioning on extra points).
    init(
        conditioning base: GaussianProcess, inputs: Matrix<Double>, outputs: [Double], standardized: [Double],
        cholesky: Cholesky<Double>, warnings: [GaussianProcessWarning]
    ) {
        self.inputs = inputs
        self.outputs = outputs
        self.standardizedOutputs = standardized
        self.outputMean = base.outputMean
        self.outputScale = base.outputScale
        self.kernel = base.kernel
        self.noiseVariance = base.noiseVariance
        self.options = base.options
        self.jitter = base.jitter
        self.cholesky = cholesky
        self.alpha = cholesky.solve(standardized)
        self.fitReport = base.fitReport
        self.warnings = warnings
        self.logMarginalLikelihood = Self.logMarginalLikelihood(
            standardized: standardized, alpha: alpha, cholesky: cholesky)
    }

    /// −½ỹᵀα − ½ log|K| − (n/2) log 2π (R&W Alg. 2.1 line 8).
    static func logMarginalLikelihood(standardized y: [Double], alpha: [Double], cholesky: Cholesky<Double>) -> Double {
        if y.isEmpty { return 0 }
        let fit = zip(y, alpha).reduce(0.0) { $0 + $1.0 * $1.1 }
        return -0.5 * fit - 0.5 * cholesky.logDeterminant - 0.5 * Double(y.count) * (2 * Double.pi).logarithm
    }

    /// Number of training points n.
    public var count: Int { inputs.rows }
    /// Input dimension d.
    public var dimension: Int { inputs.columns }
    /// θ = [kernel log-parameters, log σ²ₙ]: the fitted vector, in the order of `MarginalLikelihood`.
    public var logHyperparameters: [Double] { kernel.logParameters + [noiseVariance.logarithm] }
}
