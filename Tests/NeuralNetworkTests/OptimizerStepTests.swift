import LinearAlgebra
import Testing

@testable import NeuralNetwork

/// Two steps of each optimizer from θ₀ = (1, −2) with g₁ = (0.5, −0.25), g₂ = (0.1, 0.2), η = 0.1, against values
/// worked out by hand from the update rules in each optimizer's documentation.
@Suite("Optimizer update rules against hand-computed steps")
struct OptimizerStepTests {
    static let gradients: [[Double]] = [[0.5, -0.25], [0.1, 0.2]]

    /// θ after each of the two steps.
    func run(_ kind: OptimizerKind, decayedCount: Int = 2) -> [[Double]] {
        let optimizer: any Optimizer<Double> = kind.make(parameterCount: 2)
        var theta: [Double] = [1, -2]
        var trajectory: [[Double]] = []
        for g in Self.gradients {
            theta.withUnsafeMutableBufferPointer { t in
                g.withUnsafeBufferPointer { gp in
                    optimizer.step(
                        parameters: t.baseAddress!, gradients: gp.baseAddress!, learningRate: 0.1,
                        decayedCount: decayedCount)
                }
            }
            trajectory.append(theta)
        }
        return trajectory
    }

    func expectClose(_ actual: [[Double]], _ expected: [[Double]], tolerance: Double = 1e-9) {
        for (a, e) in zip(actual.joined(), expected.joined()) { #expect(abs(a - e) < tolerance, "\(a) vs \(e)") }
    }

    @Test func plainSGD() {
        // θ₁ = θ₀ − 0.1·g₁ = (0.95, −1.975); θ₂ = θ₁ − 0.1·g₂ = (0.94, −1.995).
        expectClose(run(.sgd()), [[0.95, -1.975], [0.94, -1.995]])
    }

    @Test func sgdWithMomentum() {
        // v₁ = g₁, θ₁ = (0.95, −1.975); v₂ = 0.9·v₁ + g₂ = (0.55, −0.025), θ₂ = θ₁ − 0.1·v₂ = (0.895, −1.9725).
        expectClose(run(.sgd(momentum: 0.9)), [[0.95, -1.975], [0.895, -1.9725]])
    }

    @Test func sgdWithNesterovMomentum() {
        // θ₁ = θ₀ − 0.1·(g₁ + 0.9·v₁) = θ₀ − 0.1·(0.95, −0.475) = (0.905, −1.9525);
        // v₂ = (0.55, −0.025), θ₂ = θ₁ − 0.1·(g₂ + 0.9·v₂) = θ₁ − (0.0595, 0.01775) = (0.8455, −1.97025).
        expectClose(run(.sgd(momentum: 0.9, nesterov: true)), [[0.905, -1.9525], [0.8455, -1.97025]])
    }

    @Test func adam() {
        // Step 1: m̂ = g₁, v̂ = g₁², so θ₁ = θ₀ − 0.1·g/(|g| + 1e-8) = (0.9 + 2e-9, −1.9 − 4e-9).
        // Step 2: m = (0.055, −0.0025), v = (2.5975e-4, 1.024375e-4), m̂ = m/0.19, v̂ = v/0.001999,
        // θ₂ = θ₁ − 0.1·m̂/(√v̂ + 1e-8) = (0.8196959063846516, −1.8941874995266317).
        expectClose(run(.adam()), [[0.900000002, -1.900000004], [0.8196959063846516, -1.8941874995266317]])
    }

    @Test func adamWDecaysOnlyTheWeightPrefix() {
        // λ = 0.1, decayed prefix = θ[0]: θ[0] ← θ[0]·(1 − 0.1·0.1) before each Adam step; θ[1] as in Adam.
        // θ₁ = (0.99 − 0.1 + 2e-9, −1.900000004); θ₂[0] = θ₁[0]·0.99 − 0.0803043…  = 0.8007959063646516.
        expectClose(
            run(.adamW(weightDecay: 0.1), decayedCount: 1),
            [[0.890000002, -1.900000004], [0.8007959063646516, -1.8941874995266317]])
    }

    @Test func rmsprop() {
        // s₁ = 0.1·g₁² = (0.025, 0.00625), θ₁ = θ₀ − 0.1·g₁/√s₁ = θ₀ ∓ 0.1·√10 = (0.68377225…, −1.68377227…);
        // s₂ = 0.9·s₁ + 0.1·g₂² = (0.0235, 0.0096250), θ₂ = (0.6185394509331354, −1.8876311297789885).
        expectClose(
            run(.rmsprop()),
            [
                [0.6837722539831608, -1.6837722739831569],
                [0.6185394509331354, -1.8876311297789885],
            ])
    }

    @Test func adagrad() {
        // G₁ = g₁², θ₁ = θ₀ − 0.1·sign(g₁) = (0.9, −1.9); G₂ = (0.26, 0.1025),
        // θ₂ = θ₁ − 0.1·g₂/√G₂ = (0.9 − 0.0196116…, −1.9 − 0.0624695…).
        expectClose(run(.adagrad()), [[0.9, -1.9], [0.8803883865100278, -1.9624695047759302]])
    }

    @Test func optimizerNamesParseAndBadSettingsNameTheField() throws {
        #expect(try OptimizerKind(name: "nesterov") == .sgd(momentum: 0.9, nesterov: true))
        #expect(
            throws: ConfigurationError.invalid(
                parameter: "optimizer", reason: "unknown optimizer 'lbfgs'; use one of \(OptimizerKind.names)")
        ) {
            try OptimizerKind(name: "lbfgs")
        }
        do {
            try OptimizerKind.adam(beta1: 1.5).validate()
            Issue.record("beta1 = 1.5 was accepted")
        } catch {
            #expect(error.parameter == "optimizer.beta1")
        }
    }
}
