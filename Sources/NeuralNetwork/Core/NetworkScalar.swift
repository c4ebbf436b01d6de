import LinearAlgebra
import Randomness

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A scalar networks can be trained in: a `BLASScalar` with the elementary functions activations and losses need.
///
/// `Float` is the training type; `Double` exists so finite-difference gradient checks are accurate.
public protocol NetworkScalar: BLASScalar {
    /// eˣ.
    static func exp(_ x: Self) -> Self
    /// ln x.
    static func log(_ x: Self) -> Self
    /// ln(1 + x), accurate for small x.
    static func log1p(_ x: Self) -> Self
    /// tanh x.
    static func tanh(_ x: Self) -> Self

    // MARK: Kernels (implementation detail)
    // The element-wise loops of layers, losses and optimizers, as requirements so that generic code reaches a copy
    // compiled for the concrete type: the default implementations (`NetworkScalar+Kernels.swift`) are specialized
    // inside Float's and Double's witness tables, whereas a plain generic function called from unspecialized
    // generic code (any call from another module) would run its loop through the generic witness of every `+`.
    static func _rmspropStep(
        _ p: UnsafeMutablePointer<Self>, _ g: UnsafePointer<Self>,
        _ s: UnsafeMutablePointer<Self>, _ n: Int, _ lr: Self, _ rho: Self, _ eps: Self)
    static func _adagradStep(
        _ p: UnsafeMutablePointer<Self>, _ g: UnsafePointer<Self>,
        _ acc: UnsafeMutablePointer<Self>, _ n: Int, _ lr: Self, _ eps: Self)
    static func _adamStep(
        _ p: UnsafeMutablePointer<Self>, _ g: UnsafePointer<Self>, _ m: UnsafeMutablePointer<Self>,
        _ v: UnsafeMutablePointer<Self>, _ n: Int, _ lr: Self, beta1: Double, beta2: Double, epsilon: Double,
        t: Int)
    static func _sgdStep(
        _ p: UnsafeMutablePointer<Self>, _ g: UnsafePointer<Self>, _ v: UnsafeMutablePointer<Self>,
        _ n: Int, _ lr: Self, _ mu: Self, _ nesterov: Bool)
    static func _reluForward(_ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, _ n: Int)
    static func _reluBackward(
        _ y: UnsafePointer<Self>, _ g: UnsafePointer<Self>, _ dx: UnsafeMutablePointer<Self>,
        _ n: Int)
    static func _leakyReLUForward(_ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, _ n: Int, _ a: Self)
    static func _leakyReLUBackward(
        _ y: UnsafePointer<Self>, _ g: UnsafePointer<Self>,
        _ dx: UnsafeMutablePointer<Self>, _ n: Int, _ a: Self)
    static func _eluForward(_ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, _ n: Int, _ alpha: Self)
    static func _eluBackward(
        _ y: UnsafePointer<Self>, _ g: UnsafePointer<Self>, _ dx: UnsafeMutablePointer<Self>,
        _ n: Int, _ alpha: Self)
    static func _sigmoidForward(_ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, _ n: Int)
    static func _sigmoidBackward(
        _ y: UnsafePointer<Self>, _ g: UnsafePointer<Self>, _ dx: UnsafeMutablePointer<Self>,
        _ n: Int)
    static func _tanhForward(_ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, _ n: Int)
    static func _tanhBackward(
        _ y: UnsafePointer<Self>, _ g: UnsafePointer<Self>, _ dx: UnsafeMutablePointer<Self>,
        _ n: Int)
    static func _softmaxForward(_ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, rows: Int, columns: Int)
    static func _softmaxBackward(
        _ y: UnsafePointer<Self>, _ g: UnsafePointer<Self>, _ dx: UnsafeMutablePointer<Self>,
        rows: Int, columns: Int)
    static func _batchNormTrainingForward(
        _ x: UnsafePointer<Self>, rows: Int, columns m: Int,
        gammaBeta: UnsafePointer<Self>, running: UnsafeMutablePointer<Self>,
        statistics: UnsafeMutablePointer<Self>, normalized: UnsafeMutablePointer<Self>,
        output: UnsafeMutablePointer<Self>, momentum: Self, epsilon: Self)
    static func _batchNormInferenceForward(
        _ x: UnsafePointer<Self>, rows: Int, columns m: Int,
        gammaBeta: UnsafePointer<Self>, running: UnsafePointer<Self>, output: UnsafeMutablePointer<Self>,
        epsilon: Self)
    static func _batchNormBackward(
        _ g: UnsafePointer<Self>, rows: Int, columns m: Int, gamma: UnsafePointer<Self>,
        statistics: UnsafePointer<Self>, normalized: UnsafePointer<Self>, gradients: UnsafeMutablePointer<Self>,
        inputGradient: UnsafeMutablePointer<Self>?)
    static func _drawDropoutMask(
        _ m: UnsafeMutablePointer<Self>, count: Int, rate: Double,
        using rng: inout Xoshiro256StarStar)
    static func _multiply(
        _ x: UnsafePointer<Self>, _ y: UnsafePointer<Self>, into z: UnsafeMutablePointer<Self>,
        count: Int)
    static func _gatherRows(
        _ source: UnsafePointer<Self>, columns: Int, indices: UnsafePointer<Int>, count: Int,
        into dest: UnsafeMutablePointer<Self>)
    static func _broadcastRow(
        _ row: UnsafePointer<Self>, rows: Int, columns: Int,
        into dest: UnsafeMutablePointer<Self>)
    static func _columnSums(_ m: UnsafePointer<Self>, rows: Int, columns: Int, into sums: UnsafeMutablePointer<Self>)
    static func _addL1Subgradient(
        _ lambda: Self, weights w: UnsafePointer<Self>, count: Int,
        into g: UnsafeMutablePointer<Self>)
    static func _allFinite(_ p: UnsafePointer<Self>, count: Int) -> Bool
    static func _squaredErrorLoss(
        _ z: UnsafePointer<Self>, _ t: UnsafePointer<Self>, _ n: Int,
        _ g: UnsafeMutablePointer<Self>?
    ) -> Double
    static func _huberLoss(
        _ z: UnsafePointer<Self>, _ t: UnsafePointer<Self>, _ n: Int, _ delta: Self,
        _ g: UnsafeMutablePointer<Self>?, absolute: Bool
    ) -> Double
    static func _binaryCrossEntropyLoss(
        _ z: UnsafePointer<Self>, _ t: UnsafePointer<Self>, _ n: Int,
        _ g: UnsafeMutablePointer<Self>?
    ) -> Double
    static func _softmaxCrossEntropyLoss(
        _ z: UnsafePointer<Self>, _ t: UnsafePointer<Self>, rows: Int, columns: Int,
        _ g: UnsafeMutablePointer<Self>?
    ) -> Double
}

extension Float: NetworkScalar {
    @inlinable public static func exp(_ x: Float) -> Float { expf(x) }
    @inlinable public static func log(_ x: Float) -> Float { logf(x) }
    @inlinable public static func log1p(_ x: Float) -> Float { log1pf(x) }
    @inlinable public static func tanh(_ x: Float) -> Float { tanhf(x) }
}

extension Double: NetworkScalar {
    @inlinable public static func exp(_ x: Double) -> Double { Glibc.exp(x) }
    @inlinable public static func log(_ x: Double) -> Double { Glibc.log(x) }
    @inlinable public static func log1p(_ x: Double) -> Double { Glibc.log1p(x) }
    @inlinable public static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
}
