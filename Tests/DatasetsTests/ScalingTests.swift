import Foundation
import LinearAlgebra
import Randomness
import Testing

@testable import Datasets

@Suite("Scaling and one-hot encoding")
struct ScalingTests {
    @Test("StandardScaler statistics come from the training rows only, and transform test rows with them")
    func standardFitOnTrain() throws {
        let train = Matrix<Float>([[1, 10], [2, 20], [3, 30], [6, 60]])
        let test = Matrix<Float>([[100, -5]])
        let scaler = StandardScaler(fitting: train)
        // Column 0: mean 3, population variance (4 + 1 + 0 + 9) / 4 = 3.5.
        #expect(scaler.mean == [3, 30])
        #expect(abs(scaler.scale[0] - Float(3.5).squareRoot()) < 1e-6)
        #expect(abs(scaler.scale[1] - Float(350).squareRoot()) < 1e-4)
        let z = scaler.transform(train)
        for j in 0..<2 {
            let column = z.column(j)
            #expect(abs(column.reduce(0, +)) < 1e-5)
            #expect(abs(column.map { $0 * $0 }.reduce(0, +) / 4 - 1) < 1e-5)
        }
        let zTest = scaler.transform(test)
        #expect(abs(zTest[0, 0] - (100 - 3) / Float(3.5).squareRoot()) < 1e-4)
        #expect(scaler.inverseTransform(zTest).isApproximatelyEqual(to: test, relativeTolerance: 1e-5))
    }

    @Test("a constant column standardizes to zeros and min-max scales to the lower bound")
    func constantColumn() {
        let x = Matrix<Float>([[0.1, 5], [0.1, 7], [0.1, 9]])
        let standard = StandardScaler(fitting: x)
        #expect(standard.scale[0] == 1)
        #expect(standard.transform(x).column(0) == [0, 0, 0])
        let minMax = MinMaxScaler(fitting: x, featureRange: -1...1)
        #expect(minMax.transform(x).column(0) == [-1, -1, -1])
        #expect(minMax.transform(x).column(1) == [-1, 0, 1])
    }

    @Test("MinMaxScaler maps the training range to 0...1 and leaves test values unclipped")
    func minMax() {
        let scaler = MinMaxScaler(fitting: Matrix([[2, -1], [4, 1], [3, 0]]))
        #expect(scaler.minimum == [2, -1] && scaler.range == [2, 2])
        #expect(scaler.transform(Matrix([[3, 3]])) == Matrix([[0.5, 2]]))
        let round = scaler.inverseTransform(scaler.transform(Matrix([[7, -3]])))
        #expect(round == Matrix([[7, -3]]))
    }

    @Test("scalers survive a JSON round trip")
    func codable() throws {
        let x = Matrix<Float>([[1, 2], [3, 5]])
        let standard = StandardScaler(fitting: x)
        let minMax = MinMaxScaler(fitting: x)
        #expect(try JSONDecoder().decode(StandardScaler.self, from: JSONEncoder().encode(standard)) == standard)
        #expect(try JSONDecoder().decode(MinMaxScaler.self, from: JSONEncoder().encode(minMax)) == minMax)
    }

    @Test("a split standardized on train has train columns of mean 0, and the scaler ignores test rows")
    func splitStandardized() throws {
        let data = syntheticClassification(sizes: [30, 20])
        var rng = Xoshiro256StarStar(seed: 4)
        let (scaler, scaled) = data.split(trainFraction: 0.6, validationFraction: 0.2, using: &rng).standardized()
        let trainMean = scaled.train.features.column(0).reduce(0, +) / Float(scaled.train.count)
        #expect(abs(trainMean) < 1e-5)
        var again = Xoshiro256StarStar(seed: 4)
        let raw = data.split(trainFraction: 0.6, validationFraction: 0.2, using: &again)
        #expect(scaler == StandardScaler(fitting: raw.train.features))
        #expect(scaler != StandardScaler(fitting: data.features))
        #expect(scaled.test.features == scaler.transform(raw.test.features))
    }

    @Test("oneHot puts a single 1 per row at the label; argmaxRows inverts it; Target.matrix uses it")
    func oneHotEncoding() {
        let y = oneHot([2, 0, 1, 2], classes: 3)
        #expect(y == Matrix([[0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]]))
        #expect(argmaxRows(y) == [2, 0, 1, 2])
        #expect(Target.classes(labels: [1, 0], names: ["a", "b"]).matrix == Matrix([[0, 1], [1, 0]]))
        #expect(Target.values([1.5, 2]).matrix == Matrix([[1.5], [2]]))
    }
}
