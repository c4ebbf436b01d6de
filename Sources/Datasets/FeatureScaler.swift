import LinearAlgebra

/// A per-column affine map of features, fitted on training data only and then applied unchanged to validation,
/// test and future data (fitting on all data would leak test statistics into training: Hastie, Tibshirani &
/// Friedman, *The Elements of Statistical Learning*, 2nd ed., §7.10.2).
///
/// Conforming types are `Codable`, so a saved model can carry the scaler it was trained with.
public protocol FeatureScaler: Codable, Sendable, Equatable {
    /// Fits the per-column statistics of X (`n × d`, `n ≥ 1`).
    init(fitting x: Matrix<Float>)
    /// The number of columns d this scaler was fitted on.
    var featureCount: Int { get }
    /// The scaled copy of X; X must have `featureCount` columns.
    func transform(_ x: Matrix<Float>) -> Matrix<Float>
    /// The inverse map, back to the original units.
    func inverseTransform(_ x: Matrix<Float>) -> Matrix<Float>
}

extension FeatureScaler {
    /// The dataset with its features scaled (target, names unchanged).
    public func transform(_ dataset: Dataset) -> Dataset {
        var scaled = dataset
        scaled.features = transform(dataset.features)
        return scaled
    }

    /// Fits on `split.train` only and returns the scaler with all three parts scaled by it.
    public static func fitted(on split: DataSplit) -> (scaler: Self, split: DataSplit) {
        let scaler = Self(fitting: split.train.features)
        var scaled = split
        scaled.train = scaler.transform(split.train)
        scaled.validation = scaler.transform(split.validation)
        scaled.test = scaler.transform(split.test)
        return (scaler, scaled)
    }
}

extension DataSplit {
    /// The split standardized with a `StandardScaler` fitted on the training part only.
    public func standardized() -> (scaler: StandardScaler, split: DataSplit) { StandardScaler.fitted(on: self) }

    /// The split min-max scaled to `0...1` with a `MinMaxScaler` fitted on the training part only.
    public func minMaxScaled() -> (scaler: MinMaxScaler, split: DataSplit) { MinMaxScaler.fitted(on: self) }
}

/// Applies `x'[i, j] = (x[i, j] − shift[j]) · factor[j] + offset` to every element.
func affineColumns(_ x: Matrix<Float>, shift: [Float], factor: [Float], offset: Float, scaler: String) -> Matrix<Float>
{
    let d = shift.count
    precondition(x.columns == d, "\(scaler): fitted on \(d) columns, given a \(x.rows)×\(x.columns) matrix")
    var y = x
    y.withUnsafeMutableBufferPointer { buffer in
        shift.withUnsafeBufferPointer { shift in
            factor.withUnsafeBufferPointer { factor in
                var k = 0
                for _ in 0..<x.rows {
                    for j in 0..<d {
                        buffer[k] = (buffer[k] - shift[j]) * factor[j] + offset
                        k &+= 1
                    }
                }
            }
        }
    }
    return y
}

/// Per-column mean and population standard deviation (divisor n), two-pass in Double for accuracy
/// (Higham, *Accuracy and Stability of Numerical Algorithms*, 2nd ed., §1.9).
func columnMoments(_ x: Matrix<Float>) -> (mean: [Double], std: [Double]) {
    let (n, d) = (x.rows, x.columns)
    var mean = [Double](repeating: 0, count: d)
    var sumSquares = [Double](repeating: 0, count: d)
    x.withUnsafeBufferPointer { buffer in
        mean.withUnsafeMutableBufferPointer { mean in
            sumSquares.withUnsafeMutableBufferPointer { sumSquares in
                for i in 0..<n { for j in 0..<d { mean[j] += Double(buffer[i &* d &+ j]) } }
                for j in 0..<d { mean[j] /= Double(n) }
                for i in 0..<n {
                    for j in 0..<d {
                        let deviation = Double(buffer[i &* d &+ j]) - mean[j]
                        sumSquares[j] += deviation * deviation
                    }
                }
            }
        }
    }
    return (mean, sumSquares.map { ($0 / Double(n)).squareRoot() })
}
