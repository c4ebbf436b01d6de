import Randomness

/// The kernel requirements of `NetworkScalar`, each forwarding to the generic loop of the same name (without the
/// underscore) in the file of the layer, loss or optimizer it belongs to. Because these are protocol
/// requirements, `Float`'s and `Double`'s witnesses are compiled with the loop specialized for the type; a generic
/// caller pays one indirect call per batch-level operation and nothing per element.
extension NetworkScalar {
    public static func _rmspropStep(
        _ p: UnsafeMutablePointer<Self>, _ g: UnsafePointer<Self>,
        _ s: UnsafeMutablePointer<Self>, _ n: Int, _ lr: Self, _ rho: Self, _ eps: Self
    ) {
        NeuralNetwork.rmspropStep(p, g, s, n, lr, rho, eps)
    }
    public static func _adagradStep(
        _ p: UnsafeMutablePointer<Self>, _ g: UnsafePointer<Self>,
        _ acc: UnsafeMutablePointer<Self>, _ n: Int, _ lr: Self, _ eps: Self
    ) {
        NeuralNetwork.adagradStep(p, g, acc, n, lr, eps)
    }
    public static func _adamStep(
        _ p: UnsafeMutablePointer<Self>, _ g: UnsafePointer<Self>,
        _ m: UnsafeMutablePointer<Self>, _ v: UnsafeMutablePointer<Self>, _ n: Int, _ lr: Self, beta1: Double,
        beta2: Double, epsilon: Double, t: Int
    ) {
        NeuralNetwork.adamStep(p, g, m, v, n, lr, beta1: beta1, beta2: beta2, epsilon: epsilon, t: t)
    }
    public static func _sgdStep(
        _ p: UnsafeMutablePointer<Self>, _ g: UnsafePointer<Self>,
        _ v: UnsafeMutablePointer<Self>, _ n: Int, _ lr: Self, _ mu: Self, _ nesterov: Bool
    ) {
        NeuralNetwork.sgdStep(p, g, v, n, lr, mu, nesterov)
    }
    public static func _reluForward(_ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, _ n: Int) {
        NeuralNetwork.reluForward(x, y, n)
    }
    public static func _reluBackward(
        _ y: UnsafePointer<Self>, _ g: UnsafePointer<Self>,
        _ dx: UnsafeMutablePointer<Self>, _ n: Int
    ) {
        NeuralNetwork.reluBackward(y, g, dx, n)
    }
    public static func _leakyReLUForward(
        _ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, _ n: Int,
        _ a: Self
    ) {
        NeuralNetwork.leakyReLUForward(x, y, n, a)
    }
    public static func _leakyReLUBackward(
        _ y: UnsafePointer<Self>, _ g: UnsafePointer<Self>,
        _ dx: UnsafeMutablePointer<Self>, _ n: Int, _ a: Self
    ) {
        NeuralNetwork.leakyReLUBackward(y, g, dx, n, a)
    }
    public static func _eluForward(
        _ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, _ n: Int,
        _ alpha: Self
    ) {
        NeuralNetwork.eluForward(x, y, n, alpha)
    }
    public static func _eluBackward(
        _ y: UnsafePointer<Self>, _ g: UnsafePointer<Self>,
        _ dx: UnsafeMutablePointer<Self>, _ n: Int, _ alpha: Self
    ) {
        NeuralNetwork.eluBackward(y, g, dx, n, alpha)
    }
    public static func _sigmoidForward(_ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, _ n: Int) {
        NeuralNetwork.sigmoidForward(x, y, n)
    }
    public static func _sigmoidBackward(
        _ y: UnsafePointer<Self>, _ g: UnsafePointer<Self>,
        _ dx: UnsafeMutablePointer<Self>, _ n: Int
    ) {
        NeuralNetwork.sigmoidBackward(y, g, dx, n)
    }
    public static func _tanhForward(_ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, _ n: Int) {
        NeuralNetwork.tanhForward(x, y, n)
    }
    public static func _tanhBackward(
        _ y: UnsafePointer<Self>, _ g: UnsafePointer<Self>,
        _ dx: UnsafeMutablePointer<Self>, _ n: Int
    ) {
        NeuralNetwork.tanhBackward(y, g, dx, n)
    }
    public static func _softmaxForward(
        _ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, rows: Int,
        columns: Int
    ) {
        NeuralNetwork.softmaxForward(x, y, rows: rows, columns: columns)
    }
    public static func _softmaxBackward(
        _ y: UnsafePointer<Self>, _ g: UnsafePointer<Self>,
        _ dx: UnsafeMutablePointer<Self>, rows: Int, columns: Int
    ) {
        NeuralNetwork.softmaxBackward(y, g, dx, rows: rows, columns: columns)
    }
    public static func _batchNormTrainingForward(
        _ x: UnsafePointer<Self>, rows: Int, columns m: Int,
        gammaBeta: UnsafePointer<Self>, running: UnsafeMutablePointer<Self>,
        statistics: UnsafeMutablePointer<Self>, normalized: UnsafeMutablePointer<Self>,
        output: UnsafeMutablePointer<Self>, momentum: Self, epsilon: Self
    ) {
        NeuralNetwork.batchNormTrainingForward(
            x, rows: rows, columns: m, gammaBeta: gammaBeta, running: running,
            statistics: statistics, normalized: normalized, output: output, momentum: momentum, epsilon: epsilon)
    }
    public static func _batchNormInferenceForward(
        _ x: UnsafePointer<Self>, rows: Int, columns m: Int,
        gammaBeta: UnsafePointer<Self>, running: UnsafePointer<Self>, output: UnsafeMutablePointer<Self>,
        epsilon: Self
    ) {
        NeuralNetwork.batchNormInferenceForward(
            x, rows: rows, columns: m, gammaBeta: gammaBeta, running: running,
            output: output, epsilon: epsilon)
    }
    public static func _batchNormBackward(
        _ g: UnsafePointer<Self>, rows: Int, columns m: Int,
        gamma: UnsafePointer<Self>, statistics: UnsafePointer<Self>, normalized: UnsafePointer<Self>,
        gradients: UnsafeMutablePointer<Self>, inputGradient: UnsafeMutablePointer<Self>?
    ) {
        NeuralNetwork.batchNormBackward(
            g, rows: rows, columns: m, gamma: gamma, statistics: statistics,
            normalized: normalized, gradients: gradients, inputGradient: inputGradient)
    }
    public static func _drawDropoutMask(
        _ m: UnsafeMutablePointer<Self>, count: Int, rate: Double,
        using rng: inout Xoshiro256StarStar
    ) {
        NeuralNetwork.drawDropoutMask(m, count: count, rate: rate, using: &rng)
    }
    public static func _multiply(
        _ x: UnsafePointer<Self>, _ y: UnsafePointer<Self>,
        into z: UnsafeMutablePointer<Self>, count: Int
    ) {
        NeuralNetwork.multiply(x, y, into: z, count: count)
    }
    public static func _gatherRows(
        _ source: UnsafePointer<Self>, columns: Int, indices: UnsafePointer<Int>,
        count: Int, into dest: UnsafeMutablePointer<Self>
    ) {
        NeuralNetwork.gatherRows(source, columns: columns, indices: indices, count: count, into: dest)
    }
    public static func _broadcastRow(
        _ row: UnsafePointer<Self>, rows: Int, columns: Int,
        into dest: UnsafeMutablePointer<Self>
    ) {
        NeuralNetwork.broadcastRow(row, rows: rows, columns: columns, into: dest)
    }
    public static func _columnSums(
        _ m: UnsafePointer<Self>, rows: Int, columns: Int,
        into sums: UnsafeMutablePointer<Self>
    ) {
        NeuralNetwork.columnSums(m, rows: rows, columns: columns, into: sums)
    }
    public static func _addL1Subgradient(
        _ lambda: Self, weights w: UnsafePointer<Self>, count: Int,
        into g: UnsafeMutablePointer<Self>
    ) {
        NeuralNetwork.addL1Subgradient(lambda, weights: w, count: count, into: g)
    }
    public static func _allFinite(_ p: UnsafePointer<Self>, count: Int) -> Bool {
        NeuralNetwork.allFinite(p, count: count)
    }
    public static func _squaredErrorLoss(
        _ z: UnsafePointer<Self>, _ t: UnsafePointer<Self>, _ n: Int,
        _ g: UnsafeMutablePointer<Self>?
    ) -> Double {
        NeuralNetwork.squaredErrorLoss(z, t, n, g)
    }
    public static func _huberLoss(
        _ z: UnsafePointer<Self>, _ t: UnsafePointer<Self>, _ n: Int, _ delta: Self,
        _ g: UnsafeMutablePointer<Self>?, absolute: Bool
    ) -> Double {
        NeuralNetwork.huberLoss(z, t, n, delta, g, absolute: absolute)
    }
    public static func _binaryCrossEntropyLoss(
        _ z: UnsafePointer<Self>, _ t: UnsafePointer<Self>, _ n: Int,
        _ g: UnsafeMutablePointer<Self>?
    ) -> Double {
        NeuralNetwork.binaryCrossEntropyLoss(z, t, n, g)
    }
    public static func _softmaxCrossEntropyLoss(
        _ z: UnsafePointer<Self>, _ t: UnsafePointer<Self>, rows: Int,
        columns: Int, _ g: UnsafeMutablePointer<Self>?
    ) -> Double {
        NeuralNetwork.softmaxCrossEntropyLoss(z, t, rows: rows, columns: columns, g)
    }
}
