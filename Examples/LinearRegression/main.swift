// Linear regression by batch gradient descent on LinearAlgebra: a worked example (docs/gradient-descent.md).
//
//   swift run linear-regression-example [output-directory]
//
// Fits y = b + w·x to 200 noisy points of y = 2 + 3x, prints the loss every 100 iterations and the fitted w and b,
// and writes two SVG charts: the data with the fitted line, and the loss curve.
import Charts
import Foundation
import LinearAlgebra
import Randomness

let outputDirectory = CommandLine.arguments.dropFirst().first ?? "."

// The data: x uniform in [0, 1], y = 2 + 3x + N(0, 0.1²) noise, from a seeded generator.
var rng = Xoshiro256StarStar(seed: 0)
var xs: [Double] = []
var ys: [Double] = []
for _ in 0..<200 {
    let x = Double.random(in: 0...1, using: &rng)
    xs.append(x)
    ys.append(2 + 3 * x + rng.nextNormal(standardDeviation: 0.1))
}

// The model: ŷ = X·θ with design matrix X = [1 x] (n×2) and θ = (b, w); loss L(θ) = (1/n)·‖X·θ − y‖².
let X = Matrix(xs.map { [1, $0] })
let n = Double(xs.count)
let learningRate = 0.5
var theta = [0.0, 0.0]
var gradient = [0.0, 0.0]
var losses: [Double] = []
for iteration in 0...2000 {
    let residual = zip(X * theta, ys).map { $0 - $1 }  // r = X·θ − y
    losses.append(dot(residual, residual) / n)  // L = (1/n)·rᵀr
    gemv(2 / n, X, .transpose, residual, 0, into: &gradient)  // ∂L/∂θ = (2/n)·Xᵀ·r
    axpy(-learningRate, gradient, &theta)  // θ ← θ − η·∂L/∂θ
    if iteration % 100 == 0 { print("iteration \(iteration)  loss \(String(format: "%.6f", losses.last!))") }
}
let (b, w) = (theta[0], theta[1])
print(String(format: "fitted w = %.4f  b = %.4f  (true w = 3, b = 2)", w, b))

// The pictures.
var fit = XYChart(title: "y = 2 + 3x + noise, and the fitted line", xLabel: "x", yLabel: "y")
fit.add(Series(name: "data", x: xs, y: ys, style: .points))
fit.add(Series(name: String(format: "fit: y = %.3f + %.3f x", b, w), x: [0, 1], y: [b, b + w]))
var lossChart = XYChart(title: "Training loss", xLabel: "iteration", yLabel: "mean squared error", yScale: .logarithmic)
lossChart.add(Series(name: "loss", x: losses.indices.map(Double.init), y: losses))
for (name, chart) in [("linear-regression-fit.svg", fit), ("linear-regression-loss.svg", lossChart)] {
    let path = URL(fileURLWithPath: outputDirectory).appendingPathComponent(name).path
    do {
        try chart.svg().write(toFile: path, atomically: true, encoding: .utf8)
        print("wrote \(path)")
    } catch {
        FileHandle.standardError.write(Data("error: cannot write \(path): \(error.localizedDescription)\n".utf8))
        exit(1)
    }
}
