import LinearAlgebra
import Randomness

/// A fully connected layer Y = X·W + 1·b, with X: B×n, W: n×m (row-major), b: 1×m, Y: B×m.
///
/// Forward and backward are GEMMs on the network's workspaces (Goodfellow et al., *Deep Learning*, §6.5.6):
/// - forward:  Y ← 1·b (row broadcast), then Y ← X·W + Y (`sgemm`, β = 1);
/// - backward: ∂L/∂W = Xᵀ·G, ∂L/∂b = Gᵀ·1 (column sums), ∂L/∂X = G·Wᵀ, with G = ∂L/∂Y.
/// Batches smaller than the reserved capacity use the same buffers with fewer rows (the leading dimensions stay
/// n and m), so the last, short batch allocates nothing either.
public final class Dense<Scalar: NetworkScalar>: Layer {
    public let inputSize: Int
    public let outputSize: Int
    /// How `initialize(using:)` draws W.
    public let initializer: Initializer
    /// Times this layer's GEMMs when set (benchmarks only).
    public var stopwatch: GEMMStopwatch?

    private var w: UnsafeMutablePointer<Scalar>?, dw: UnsafeMutablePointer<Scalar>?
    private var b: UnsafeMutablePointer<Scalar>?, db: UnsafeMutablePointer<Scalar>?
    private var output = ScalarBuffer<Scalar>(count: 0)
    private var inputGradient = ScalarBuffer<Scalar>(count: 0)
    private var capacity = 0
    private var input: UnsafePointer<Scalar>?

    /// A layer mapping `inputSize` features to `outputSize`.
    public init(inputSize: Int, outputSize: Int, initializer: Initializer = .xavierUniform) {
        precondition(inputSize > 0 && outputSize > 0, "Dense needs positive sizes, got \(inputSize)→\(outputSize)")
        self.inputSize = inputSize
        self.outputSize = outputSize
        self.initializer = initializer
    }

    public var regularizedParameterCount: Int { inputSize * outputSize }
    public var unregularizedParameterCount: Int { outputSize }
    public var stateCount: Int { 0 }

    public func bind(_ binding: ParameterBinding<Scalar>) {
        (w, dw, b, db) = (binding.weights, binding.weightGradients, binding.others, binding.otherGradients)
    }

    public func initialize(using rng: inout Xoshiro256StarStar) {
        initializer.fill(w!, count: inputSize * outputSize, fanIn: inputSize, fanOut: outputSize, using: &rng)
        b!.update(repeating: 0, count: outputSize)
    }

    public func reserve(batchCapacity: Int) {
        guard batchCapacity > capacity else { return }
        capacity = batchCapacity
        output = ScalarBuffer(count: batchCapacity * outputSize)
        inputGradient = ScalarBuffer(count: batchCapacity * inputSize)
    }

    public func forward(
        _ input: UnsafePointer<Scalar>, rows: Int, training: Bool,
        using rng: inout Xoshiro256StarStar
    ) -> UnsafePointer<Scalar> {
        precondition(rows <= capacity, "Dense.forward: batch of \(rows) rows exceeds reserved capacity \(capacity)")
        self.input = input
        let y = output.pointer
        Scalar._broadcastRow(b!, rows: rows, columns: outputSize, into: y)
        gemm(
            .noTranspose, .noTranspose, rows, outputSize, inputSize,
            input, Int32(inputSize), w!, Int32(outputSize), 1, y, Int32(outputSize))
        return UnsafePointer(y)
    }

    public func backward(
        _ outputGradient: UnsafePointer<Scalar>, rows: Int,
        needsInputGradient: Bool
    ) -> UnsafePointer<Scalar>? {
        guard let x = input else { preconditionFailure("Dense.backward called before forward") }
        let (n, m) = (inputSize, outputSize)
        // ∂L/∂W = Xᵀ·G   (n×B · B×m)
        gemm(.transpose, .noTranspose, n, m, rows, x, Int32(n), outputGradient, Int32(m), 0, dw!, Int32(m))
        // ∂L/∂b = Gᵀ·1
        Scalar._columnSums(outputGradient, rows: rows, columns: m, into: db!)
        guard needsInputGradient else { return nil }
        // ∂L/∂X = G·Wᵀ   (B×m · m×n)
        let dx = inputGradient.pointer
        gemm(.noTranspose, .transpose, rows, n, m, outputGradient, Int32(m), w!, Int32(m), 0, dx, Int32(n))
        return UnsafePointer(dx)
    }

    /// C ← op(A)·op(B) + β·C on raw row-major storage (α = 1), timed when a stopwatch is attached.
    @inline(__always)
    private func gemm(
        _ ta: Transpose, _ tb: Transpose, _ m: Int, _ n: Int, _ k: Int,
        _ a: UnsafePointer<Scalar>, _ lda: Int32, _ bm: UnsafePointer<Scalar>, _ ldb: Int32,
        _ beta: Scalar, _ c: UnsafeMutablePointer<Scalar>, _ ldc: Int32
    ) {
        guard m > 0, n > 0 else { return }
        let start = stopwatch == nil ? 0 : GEMMStopwatch.now()
        Scalar.blasGemm(.rowMajor, ta, tb, Int32(m), Int32(n), Int32(k), 1, a, lda, bm, ldb, beta, c, ldc)
        stopwatch?.record(since: start)
    }
}
