/// The part of a mini-batch step between backward and the parameters' update:
///
///     g_W += λ₁·sign(W) + λ₂·W             (L1 and L2 on the regularized prefix: Dense weights)
///     g ← g·c/‖g‖₂  when ‖g‖₂ > c          (clipping by global norm; Pascanu, Mikolov & Bengio 2013)
///     θ ← optimizer(θ, g, η)
///
/// λ₂·W goes through BLAS `axpy`, ‖g‖₂ through `nrm2` and the rescale through `scal`.
struct RegularizedStep<Scalar: NetworkScalar> {
    let l1: Scalar, l2: Scalar
    let clipNorm: Scalar?
    let network: Network<Scalar>
    let optimizer: any Optimizer<Scalar>

    init(l1: Double, l2: Double, clipNorm: Double?, network: Network<Scalar>, optimizer: any Optimizer<Scalar>) {
        (self.l1, self.l2) = (Scalar(l1), Scalar(l2))
        self.clipNorm = clipNorm.map { Scalar($0) }
        self.network = network
        self.optimizer = optimizer
    }

    func apply(learningRate: Scalar) {
        let theta = network.parameters.pointer
        let g = network.gradients.pointer
        let (count, weights) = (network.parameterCount, network.regularizedParameterCount)
        if l2 > 0 { Scalar.blasAxpy(Int32(weights), l2, theta, 1, g, 1) }
        if l1 > 0 { Scalar._addL1Subgradient(l1, weights: theta, count: weights, into: g) }
        if let clipNorm {
            let norm = Scalar.blasNrm2(Int32(count), g, 1)
            if norm > clipNorm { Scalar.blasScal(Int32(count), clipNorm / norm, g, 1) }
        }
        optimizer.step(parameters: theta, gradients: g, learningRate: learningRate, decayedCount: weights)
    }
}
