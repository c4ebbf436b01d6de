import Datasets
import Randomness
import Testing

@testable import NetworkTraining

@Suite("The split: one seed, one partition, for the objective and train alike")
struct TrainingSplitTests {
    @Test func fractionsAreTheObjectives64And16ExactlyAnd80WithoutValidation() {
        let objective = TrainingSplit.fractions(validationFraction: TrainingSplit.objectiveValidationFraction)
        #expect(objective.train == 0.64 && objective.validation == 0.16)
        let plain = TrainingSplit.fractions(validationFraction: nil)
        #expect(plain.train == 0.8 && plain.validation == 0)
    }

    @Test func theSameSeedGivesTheSamePartitionAndAnotherSeedAnotherOne() throws {
        let wine = try Dataset.bundled("wine")
        let a = TrainingSplit.rows(of: wine, validationFraction: 0.2, seed: 7)
        let b = TrainingSplit.rows(of: wine, validationFraction: 0.2, seed: 7)
        let c = TrainingSplit.rows(of: wine, validationFraction: 0.2, seed: 8)
        #expect(a.train == b.train && a.validation == b.validation && a.test == b.test)
        #expect(a.train != c.train)
        let all = a.train + a.validation + a.test
        #expect(all.count == wine.count && Set(all).count == wine.count)
        #expect(a.test.count == Int((0.2 * Double(wine.count)).rounded()))
    }

    @Test func theSplitIsTheSeededSplitOfTheDatasetsModule() throws {
        let iris = try Dataset.bundled("iris")
        var rng = Xoshiro256StarStar(seed: 5 ^ TrainingSplit.seedSalt)
        let direct = iris.splitIndices(trainFraction: 0.64, validationFraction: 0.16, using: &rng)
        let rows = TrainingSplit.rows(of: iris, validationFraction: 0.2, seed: 5)
        #expect(rows.train == direct.train && rows.validation == direct.validation && rows.test == direct.test)
    }
}
