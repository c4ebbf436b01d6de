import LinearAlgebra
import Randomness

/// Inverted dropout (Srivastava et al. 2014, JMLR 15): in training, yᵢ = xᵢ·mᵢ with mᵢ = 1/(1−p) with
/// probability 1−p and 0 otherwise, so E[y] = x and inference is the identity; ∂L/∂xᵢ = mᵢ·∂L/∂yᵢ.
///
/// The mask comes from the generator passed to `forward` (the trainer's seeded dropout stream), so the same seed
/// gives the same masks.
public final class Dropout<Scalar: NetworkScalar>: Layer {
    /// The probability p of zeroing a unit, in [0, 1).
    public let rate: Double
    public let inputSize: Int
    public var outputSize: Int { inputSize }
    public var regularizedParameterCount: Int { 0 }
    public var unregularizedParameterCount: Int { 0 }
    public var stateCount: Int { 0 }

    private var output = ScalarBuffer<Scalar>(count: 0)
    private var mask = ScalarBuffer<Scalar>(count: 0)
    private var inputGradient = ScalarBuffer<Scalar>(count: 0)
    private var capacity = 0

    /// Dropout with rate `rate` ∈ [0, 1) on rows of `size` columns.
    public init(rate: Double, size: Int) {
        precondition(rate >= 0 && rate < 1, "Dropout rate must be in [0, 1), got \(rate)")
        precondition(size > 0, "Dropout needs a positive size, got \(size)")
        self.rate = rate
        self.inputSize = size
    }

    public func bind(_ binding: ParameterBinding<Scalar>) {}
    public func initialize(using rng: inout Xoshiro256StarStar) {}

    public func reserve(batchCapacity: Int) {
        guard batchCapacity > capacity else { return }
        capacity = batchCapacity
        output = ScalarBuffer(count: batchCapacity * inputSize)
        mask = ScalarBuffer(count: batchCapacity * inputSize)
        inputGradient = ScalarBuffer(count: batchCapacity * inputSize)
    }

    public func forward(
        _ input: UnsafePointer<Scalar>, rows: Int, training: Bool,
        using rng: inout Xoshiro256StarStar
    ) -> UnsafePointer<Scalar> {
        guard training, rate > 0 else { return input }
        precondition(rows <= capacity, "Dropout.forward: \(rows) rows exceed reserved capacity \(capacity)")
        let n = rows * inputSize
        Scalar._drawDropoutMask(mask.pointer, count: n, rate: rate, using: &rng)
        Scalar._multiply(input, UnsafePointer(mask.pointer), into: output.pointer, count: n)
        return UnsafePointer(output.pointer)
    }

    public func backward(
        _ outputGradient: UnsafePointer<Scalar>, rows: Int,
        needsInputGradient: Bool
    ) -> UnsafePointer<Scalar>? {
        guard needsInputGradient else { return nil }
        guard rate > 0 else { return outputGradient }
        Scalar._multiply(
            outputGradient, UnsafePointer(mask.pointer), into: inputGradient.pointer, count: rows * inputSize)
        return UnsafePointer(inputGradient.pointer)
    }
}

/// mᵢ = 1/(1−p) when uᵢ ≥ p else 0, with uᵢ uniform on [0, 1) from 53 bits of `rng`.
func drawDropoutMask<S: NetworkScalar>(
    _ m: UnsafeMutablePointer<S>, count: Int, rate: Double,
    using rng: inout Xoshiro256StarStar
) {
    let keep = S(1 / (1 - rate))
    let threshold = UInt64(rate * 0x1p53)
    for i in 0..<count { m[i] = (rng.next() >> 11) >= threshold ? keep : 0 }
}

/// zᵢ = xᵢ·yᵢ.
func multiply<S: NetworkScalar>(
    _ x: UnsafePointer<S>, _ y: UnsafePointer<S>, into z: UnsafeMutablePointer<S>, count: Int
) {
    for i in 0..<count { z[i] = x[i] * y[i] }
}
