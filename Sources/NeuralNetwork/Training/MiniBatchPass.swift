import LinearAlgebra
import Randomness

/// One epoch's pass over the training rows in a given (shuffled) order, in mini-batches of `batchSize` rows (the
/// last one may be shorter):
///
///     X_B, T_B ← rows order[s..<s+B] of X and T        (gathered into buffers allocated once, here)
///     Z = network(X_B);  L, ∂L/∂Z = loss(Z, T_B)
///     backward(∂L/∂Z);  L1/L2, clipping, optimizer step  (`RegularizedStep`)
///
/// `run` allocates nothing: it only reuses the buffers created by `init` and the network's workspaces.
struct MiniBatchPass<Scalar: NetworkScalar> {
    let network: Network<Scalar>
    let loss: Loss
    let batchSize: Int
    let step: RegularizedStep<Scalar>
    private let batchInputs: ScalarBuffer<Scalar>
    private let batchTargets: ScalarBuffer<Scalar>
    private let lossGradient: ScalarBuffer<Scalar>

    init(network: Network<Scalar>, loss: Loss, batchSize: Int, step: RegularizedStep<Scalar>) {
        (self.network, self.loss, self.batchSize, self.step) = (network, loss, batchSize, step)
        network.reserve(batchCapacity: batchSize)
        batchInputs = ScalarBuffer(count: batchSize * network.inputSize)
        batchTargets = ScalarBuffer(count: batchSize * network.outputSize)
        lossGradient = ScalarBuffer(count: batchSize * network.outputSize)
    }

    /// Trains on every row once in `order`; returns the mean batch loss weighted by batch rows, or nil as soon as
    /// a batch loss is NaN or infinite (divergence).
    func run(
        inputs: Matrix<Scalar>, targets: Matrix<Scalar>, order: [Int], learningRate: Scalar,
        dropout rng: inout Xoshiro256StarStar
    ) -> Double? {
        let n = inputs.rows
        var lossSum = 0.0
        var diverged = false
        inputs.withUnsafeBufferPointer { x in
            targets.withUnsafeBufferPointer { t in
                order.withUnsafeBufferPointer { o in
                    var start = 0
                    while start < n {
                        let rows = Swift.min(batchSize, n - start)
                        guard
                            let batchLoss = trainBatch(
                                inputs: x.baseAddress!, targets: t.baseAddress!,
                                indices: o.baseAddress! + start, rows: rows,
                                learningRate: learningRate, dropout: &rng)
                        else {
                            diverged = true
                            return
                        }
                        lossSum += batchLoss * Double(rows)
                        start += rows
                    }
                }
            }
        }
        return diverged ? nil : lossSum / Double(n)
    }

    /// One mini-batch step on rows `indices[0..<rows]` of `x` (d columns) and `t` (k columns): gather, forward,
    /// loss, backward, regularized optimizer step with rate η. Returns the batch loss, or nil (and takes no step)
    /// when it is NaN or infinite. Shared by `run` and the `LearningRateFinder`, which changes η every batch.
    func trainBatch(
        inputs x: UnsafePointer<Scalar>, targets t: UnsafePointer<Scalar>, indices: UnsafePointer<Int>,
        rows: Int, learningRate: Scalar, dropout rng: inout Xoshiro256StarStar
    ) -> Double? {
        let (d, k) = (network.inputSize, network.outputSize)
        let batch = batchInputs.pointer
        ElementwiseThreads.forEachRange(count: rows, minimumChunk: ElementwiseThreads.minimumChunk / d) { r, count in
            Scalar._gatherRows(x, columns: d, indices: indices + r, count: count, into: batch + r * d)
        }
        Scalar._gatherRows(t, columns: k, indices: indices, count: rows, into: batchTargets.pointer)
        let z = network.forward(batchInputs.pointer, rows: rows, training: true, using: &rng)
        let batchLoss = loss.evaluate(
            output: z, target: batchTargets.pointer, rows: rows, columns: k,
            gradient: lossGradient.pointer)
        guard batchLoss.isFinite else { return nil }
        network.backward(lossGradient.pointer, rows: rows)
        step.apply(learningRate: learningRate)
        return batchLoss
    }
}
