import LinearAlgebra
import Randomness
import Testing

@testable import Datasets

/// A small classification dataset with unbalanced classes: class c has `sizes[c]` samples; feature 0 is the
/// sample index so rows can be traced.
func syntheticClassification(sizes: [Int]) -> Dataset {
    var labels: [Int] = []
    for (c, size) in sizes.enumerated() { labels += Array(repeating: c, count: size) }
    let n = labels.count
    let x = Matrix<Float>(rows: n, columns: 2, elements: (0..<n).flatMap { [Float($0), Float($0 % 3)] })
    return Dataset(
        name: "synthetic", features: x,
        target: .classes(labels: labels, names: sizes.indices.map { "c\($0)" }))
}

@Suite("Train / validation / test split")
struct SplitTests {
    @Test(
        "parts are disjoint, complete and of the requested sizes",
        arguments: [(0.6, 0.2), (0.8, 0.0), (0.5, 0.5), (0.7, 0.15)])
    func disjointAndComplete(train: Double, validation: Double) {
        let data = syntheticClassification(sizes: [40, 25, 12, 3])
        var rng = Xoshiro256StarStar(seed: 7)
        let split = data.split(trainFraction: train, validationFraction: validation, using: &rng)
        let all = split.trainIndices + split.validationIndices + split.testIndices
        #expect(all.sorted() == Array(0..<data.count))
        #expect(split.trainIndices.count == Int((train * 80).rounded()))
        #expect(split.validationIndices.count == Int((validation * 80).rounded()))
        // The datasets hold exactly the indexed rows.
        #expect(split.train.features.column(0) == split.trainIndices.map(Float.init))
        #expect(split.test.target.labels == split.testIndices.map { data.target.labels![$0] })
    }

    @Test("every class's share of each part is within one sample of ideal")
    func stratified() {
        let sizes = [40, 25, 12, 3]
        let data = syntheticClassification(sizes: sizes)
        for seed in UInt64(0)..<20 {
            var rng = Xoshiro256StarStar(seed: seed)
            let split = data.split(trainFraction: 0.6, validationFraction: 0.25, using: &rng)
            for (part, fraction) in [(split.train, 0.6), (split.validation, 0.25), (split.test, 0.15)] {
                for (c, count) in part.target.classCounts.enumerated() {
                    #expect(
                        abs(Double(count) - fraction * Double(sizes[c])) < 1 + 1e-9,
                        "seed \(seed), class \(c): \(count) vs ideal \(fraction * Double(sizes[c]))")
                }
            }
        }
    }

    @Test("iris 80/20 gives 40 of each class in train and 10 in test")
    func irisStratified() throws {
        let iris = try Dataset.bundled("iris")
        var rng = Xoshiro256StarStar(seed: 1)
        let split = iris.split(trainFraction: 0.8, validationFraction: 0, using: &rng)
        #expect(split.train.target.classCounts == [40, 40, 40])
        #expect(split.test.target.classCounts == [10, 10, 10])
        #expect(split.validation.count == 0)
    }

    @Test("regression splits are shuffled, disjoint and complete")
    func regression() {
        let n = 50
        let data = Dataset(
            name: "r", features: Matrix(rows: n, columns: 1, elements: (0..<n).map(Float.init)),
            target: .values((0..<n).map { Float($0) * 2 }))
        var rng = Xoshiro256StarStar(seed: 3)
        let split = data.split(trainFraction: 0.7, validationFraction: 0.1, using: &rng)
        #expect(split.train.count == 35 && split.validation.count == 5 && split.test.count == 10)
        #expect((split.trainIndices + split.validationIndices + split.testIndices).sorted() == Array(0..<n))
        #expect(split.trainIndices != split.trainIndices.sorted())
        #expect(split.train.target.values == split.trainIndices.map { Float($0) * 2 })
    }

    @Test("the same seed gives the same split, another seed a different one")
    func seeded() {
        let data = syntheticClassification(sizes: [30, 30])
        var a = Xoshiro256StarStar(seed: 11)
        var b = Xoshiro256StarStar(seed: 11)
        var c = Xoshiro256StarStar(seed: 12)
        let first = data.splitIndices(trainFraction: 0.5, validationFraction: 0.25, using: &a)
        let second = data.splitIndices(trainFraction: 0.5, validationFraction: 0.25, using: &b)
        let third = data.splitIndices(trainFraction: 0.5, validationFraction: 0.25, using: &c)
        #expect(first.train == second.train && first.validation == second.validation && first.test == second.test)
        #expect(first.train != third.train)
    }

    @Test("user-supplied fractions are validated with errors naming the parameter")
    func validation() throws {
        try DataSplit.validate(trainFraction: 0.8, validationFraction: 0.2)
        let errors = [(1.5, 0.0), (0.5, -0.1), (Double.nan, 0), (0.7, 0.4)].map { pair in
            Result { () throws(DatasetError) in
                try DataSplit.validate(trainFraction: pair.0, validationFraction: pair.1)
            }.error
        }
        #expect(
            errors.map { $0?.description } == [
                "invalid trainFraction: 1.5 is not in 0...1",
                "invalid validationFraction: -0.1 is not in 0...1",
                "invalid trainFraction: nan is not in 0...1",
                "invalid validationFraction: trainFraction + validationFraction = 1.1 exceeds 1",
            ])
    }

    @Test("largest-remainder allocation keeps totals and per-group bounds")
    func allocation() {
        let sizes = [7, 5, 3, 1, 0]
        for f in stride(from: 0.0, through: 1.0, by: 0.05) {
            let counts = StratifiedAllocation.allocate(fraction: f, of: sizes)
            #expect(counts.reduce(0, +) == Int((f * 16).rounded()))
            for (c, count) in counts.enumerated() {
                #expect(abs(Double(count) - f * Double(sizes[c])) < 1 + 1e-9)
            }
        }
    }
}
