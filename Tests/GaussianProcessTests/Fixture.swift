import Foundation
import GaussianProcess
import LinearAlgebra

/// One scikit-learn oracle case from `Fixtures/` (see Fixtures/README.md).
struct Fixture: Decodable {
    let name: String
    let type: String
    let kernel: String
    let X: [[Double]]
    let y: [Double]
    let Xtest: [[Double]]?
    let amplitude: Double?
    let lengthscales: [Double]?
    let noise_variance: Double?
    let jitter: Double
    let theta_log: [Double]
    let bounds_log: [[Double]]?
    let lml: Double
    let lml_grad_theta_log: [Double]?
    let mean: [Double]?
    let std: [Double]?

    static func load(_ name: String) throws -> Fixture {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/\(name).json"])
        }
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    static let fixedNames = ["matern12", "matern32", "matern52", "rbf"].flatMap { k in
        ["\(k)_d1_n10", "\(k)_d3_n40", "\(k)_d6_n120"]
    }
    static let fitNames = ["fit_matern52_d2_n30", "fit_matern52_d6_n80", "fit_rbf_d4_n60"]

    var inputs: Matrix<Double> { Matrix(X) }
    var testInputs: Matrix<Double> { Matrix(Xtest ?? []) }
    var dimension: Int { X[0].count }

    /// The fixture's kernel with θ = theta_log without its last (noise) entry, and bounds when given.
    func makeKernel() -> any Kernel {
        let d = dimension
        var kernel: any StationaryKernel =
            switch self.kernel {
            case "matern12": Matern12Kernel(dimension: d)
            case "matern32": Matern32Kernel(dimension: d)
            case "matern52": Matern52Kernel(dimension: d)
            case "rbf": RBFKernel(dimension: d)
            default: fatalError("unknown fixture kernel \(self.kernel)")
            }
        if let b = bounds_log {
            kernel.amplitudeBounds = exp(b[0][0])...exp(b[0][1])
            kernel.lengthScaleBounds = exp(b[1][0])...exp(b[1][1])
        }
        kernel.logParameters = Array(theta_log.dropLast())
        return kernel
    }
}

/// |a − b| ≤ tolerance·max(|a|, |b|, floor).
func close(_ a: Double, _ b: Double, relative tolerance: Double, floor: Double = 1e-12) -> Bool {
    abs(a - b) <= tolerance * max(abs(a), abs(b), floor)
}

/// The central difference (f(p + h·e_k) − f(p − h·e_k)) / 2h: the numeric partial derivative ∂f/∂p_k.
func centralDifference(at p: [Double], coordinate k: Int, step h: Double = 1e-6, _ f: ([Double]) -> Double) -> Double {
    var plus = p
    var minus = p
    plus[k] += h
    minus[k] -= h
    return (f(plus) - f(minus)) / (2 * h)
}
