import LinearAlgebra
import Randomness
import Testing

@testable import Datasets

@Suite("k-fold cross-validation")
struct KFoldTests {
    @Test("validation folds are disjoint, cover every sample, and train is the complement", arguments: [2, 3, 5, 7])
    func disjointAndComplete(k: Int) {
        let data = syntheticClassification(sizes: [20, 11, 6])
        var rng = Xoshiro256StarStar(seed: 5)
        let folds = data.kFold(k, using: &rng)
        #expect(folds.count == k)
        #expect(folds.flatMap(\.validation).sorted() == Array(0..<data.count))
        for fold in folds {
            #expect(Set(fold.train).isDisjoint(with: fold.validation))
            #expect((fold.train + fold.validation).sorted() == Array(0..<data.count))
            #expect(abs(fold.validation.count * k - data.count) < k)  // sizes differ by at most one
        }
    }

    @Test("each class is spread over the folds within one sample")
    func stratified() {
        let sizes = [20, 11, 6]
        let data = syntheticClassification(sizes: sizes)
        var rng = Xoshiro256StarStar(seed: 9)
        let k = 4
        let labels = data.target.labels!
        for fold in data.kFold(k, using: &rng) {
            for (c, size) in sizes.enumerated() {
                let count = fold.validation.filter { labels[$0] == c }.count
                #expect(count == size / k || count == (size + k - 1) / k)
            }
        }
    }

    @Test("same seed gives the same folds; regression folds are shuffled")
    func seededAndRegression() {
        let n = 23
        let data = Dataset(
            name: "r", features: Matrix(rows: n, columns: 1, elements: (0..<n).map(Float.init)),
            target: .values((0..<n).map(Float.init)))
        var a = Xoshiro256StarStar(seed: 2)
        var b = Xoshiro256StarStar(seed: 2)
        let first = data.kFold(5, using: &a)
        let second = data.kFold(5, using: &b)
        #expect(first.map(\.validation) == second.map(\.validation))
        #expect(first[0].validation != Array(0..<first[0].validation.count))
        #expect(first.flatMap(\.validation).sorted() == Array(0..<n))
    }

    @Test("kFoldDatasets holds the rows of each fold's indices")
    func foldDatasets() {
        let data = syntheticClassification(sizes: [6, 6])
        var a = Xoshiro256StarStar(seed: 8)
        var b = Xoshiro256StarStar(seed: 8)
        let indices = data.kFold(3, using: &a)
        let datasets = data.kFoldDatasets(3, using: &b)
        for (fold, parts) in zip(indices, datasets) {
            #expect(parts.validation.features.column(0) == fold.validation.map(Float.init))
            #expect(parts.train.count == 8)
        }
    }
}
