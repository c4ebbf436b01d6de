import Foundation
import LinearAlgebra

/// The data of `tuner bench gp`, deterministic (no generator, so Python and Swift agree): training point
/// i = 0..<n has x_ik = frac(0.5 + (i + 1)·√p_k) with p = 2, 3, 5, 7, 11, 13 (a Kronecker low-discrepancy
/// sequence) and y_i = Hartmann6(x_i) + 0.01·sin(12.9898·(i + 1)); query point j = 0..<m uses
/// p = 17, 19, 23, 29, 31, 37.
extension GaussianProcessBenchmark {
    /// frac(0.5 + (i + 1)·√p) for each prime p: row i of a Kronecker sequence in the unit cube.
    public static func kronecker(count: Int, primes: [Double]) -> Matrix<Double> {
        var x = Matrix<Double>(rows: count, columns: primes.count)
        let roots = primes.map { $0.squareRoot() }
        for i in 0..<count {
            for k in roots.indices {
                let v = 0.5 + Double(i + 1) * roots[k]
                x[i, k] = v - v.rounded(.down)
            }
        }
        return x
    }

    public static func trainingData(n: Int) -> (Matrix<Double>, [Double]) {
        let x = kronecker(count: n, primes: [2, 3, 5, 7, 11, 13])
        let y = (0..<n).map { i in SyntheticFunctions.hartmann6(x.row(i)) + 0.01 * sin(12.9898 * Double(i + 1)) }
        return (x, y)
    }

    public static func queryPoints(m: Int) -> Matrix<Double> { kronecker(count: m, primes: [17, 19, 23, 29, 31, 37]) }
}
