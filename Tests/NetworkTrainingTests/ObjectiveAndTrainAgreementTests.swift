import Datasets
import NeuralNetwork
import Testing
import Tuning

@testable import NetworkTraining

/// The tuning objective and `tuner train --patience` (default validation fraction) see the same data, so a
/// configuration tuned by a study means the same thing to `tuner train`.
@Suite("The objective and train prepare identical data")
struct ObjectiveAndTrainAgreementTests {
    @Test(arguments: ["diabetes", "iris"])
    func theObjectiveTrainsOnWhatTrainPrepares(name: String) throws {
        let dataset = try Dataset.bundled(name)
        let objective = try NetworkObjective(dataset: dataset, seed: 11)
        let (train, _) = try DatasetSource(name, target: nil).prepare(seed: 11, validationFraction: 0.2)
        #expect(objective.data.rows.train == train.rows.train)
        #expect(objective.data.rows.validation == train.rows.validation)
        #expect(objective.data.rows.test == train.rows.test)
        #expect(objective.data.train == train.train && objective.data.validation == train.validation)
        #expect(objective.data.scaling == train.scaling)
    }

    @Test func regressionTargetsAreStandardizedByBoth() throws {
        let dataset = try Dataset.bundled("diabetes")
        let objective = try NetworkObjective(dataset: dataset, seed: 2)
        let scaling = try #require(objective.data.scaling.target)
        #expect(scaling.mean > 100 && scaling.scale > 10)  // diabetes targets are in the hundreds
        let (train, _) = try DatasetSource("diabetes", target: nil).prepare(seed: 2, validationFraction: 0.2)
        guard case .values(let a) = objective.data.targets(objective.data.train),
            case .values(let b) = train.targets(train.train)
        else {
            Issue.record("regression targets expected")
            return
        }
        #expect(a == b)
        let mean = a.column(0).reduce(0, +) / Float(a.rows)
        #expect(abs(mean) < 1e-4)
    }

    @Test func bothBuildTheSameNetworkForTheSameSettings() throws {
        let objective = try NetworkObjective(dataset: try Dataset.bundled("iris"), seed: 0)
        let params: Parameters = ["units": 16, "layers": 2, "activation": "tanh"]
        let (spec, _) = try NetworkObjective.configuration(
            params, inputs: 4, outputs: 3, task: .classification,
            maxEpochs: 5, patience: 2, seed: 0)
        let architecture = NetworkArchitecture(hiddenLayers: [16, 16], activation: .tanh)
        #expect(spec == architecture.spec(for: objective.data))
        #expect(spec.initializer == .xavierUniform)
        #expect(Initializer.recommended(for: .relu) == .heNormal)
        #expect(Initializer.recommended(for: .sigmoid) == .xavierUniform)
    }
}
