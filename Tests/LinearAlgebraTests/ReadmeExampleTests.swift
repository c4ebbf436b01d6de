import Foundation
import LinearAlgebra
import Randomness
import Testing

/// The README's Swift usage example, compiled and run here. `readmeShowsThisExample` keeps the two identical.
@Suite struct ReadmeExampleTests {
    func example() throws -> (residual: [Double], c: Matrix<Double>, a: Matrix<Double>) {
        // README example begin
        var rng = Xoshiro256StarStar(seed: 42)
        let a = Matrix<Double>.random(rows: 3, columns: 3, using: &rng)
        let spd = a * a.transposed + Matrix.identity(3)  // symmetric positive definite
        let cholesky = try Cholesky(spd)  // throws .notPositiveDefinite(leadingMinor:)
        let x = cholesky.solve([1, 2, 3])  // spd · x = b
        print(spd * x, cholesky.logDeterminant)  // ≈ [1, 2, 3], log|spd|

        var c = Matrix<Double>(rows: 3, columns: 3)
        gemm(2, a, .transpose, a, .noTranspose, 0, into: &c)  // c ← 2·aᵀ·a, into existing storage
        // README example end
        return (zip(spd * x, [1.0, 2, 3]).map { $0 - $1 }, c, a)
    }

    @Test func exampleComputesWhatItSays() throws {
        let (residual, c, a) = try example()
        #expect(residual.allSatisfy { abs($0) < 1e-12 })
        #expect(c.isApproximatelyEqual(to: 2 * (a.transposed * a)))
    }

    @Test func readmeShowsThisExample() throws {
        let here = URL(fileURLWithPath: #filePath)
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: here, encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex { $0.hasSuffix("// README example begin") })
        let end = try #require(lines.firstIndex { $0.hasSuffix("// README example end") })
        let snippet = lines[(begin + 1)..<end].map { String($0.dropFirst(8)) }.joined(separator: "\n")
        #expect(readme.contains(snippet), "README.md must show the example exactly as compiled here")
    }
}
