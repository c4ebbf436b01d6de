import Datasets
import LinearAlgebra
import NeuralNetwork
import TestSupport
import Testing

@testable import NetworkTraining

@Suite("Data preparation: reading, target encoding, scaling")
struct DataPreparationTests {
    static let rows = """
        id,size,colour,price,kind
        1,1.0,red,10.5,b
        2,2.0,blue,20.5,a
        3,3.0,red,30.5,b
        4,4.0,blue,40.5,a
        5,5.0,red,50.5,b
        6,6.0,blue,60.5,a

        """

    @Test func namesResolveToBundledDatasetsOrCSVFilesWithTheirTarget() {
        #expect(DatasetSource("iris", target: nil) == .bundled("iris"))
        #expect(DatasetSource("data.csv", target: nil) == .csv(path: "data.csv", target: .last))
        #expect(DatasetSource("data.csv", target: "2") == .csv(path: "data.csv", target: .index(2)))
        #expect(DatasetSource("data.csv", target: "price") == .csv(path: "data.csv", target: .name("price")))
    }

    @Test func stringTargetsBecomeSortedClassesAndNumericTargetsRegression() throws {
        let directory = try TemporaryDirectory(prefix: "network-training")
        let withoutColour = Self.rows.replacingOccurrences(of: ",colour", with: "")
            .replacingOccurrences(of: ",red", with: "").replacingOccurrences(of: ",blue", with: "")
        let labelled = try directory.write("labelled.csv", withoutColour)
        let classes = try DatasetSource(labelled, target: nil).load()
        #expect(classes.task == .classification && classes.target.classNames == ["a", "b"])
        #expect(classes.target.labels == [1, 0, 1, 0, 1, 0])
        #expect(classes.featureNames == ["id", "size", "price"])
        #expect(try DatasetSource(labelled, target: nil).targetName() == "kind")
        #expect(try DatasetSource(labelled, target: "1").targetName() == "size")

        let numeric = try directory.write(
            "numeric.csv",
            withoutColour.replacingOccurrences(of: ",kind", with: "")
                .replacingOccurrences(of: ",a\n", with: "\n").replacingOccurrences(of: ",b\n", with: "\n"))
        let regression = DatasetSource(numeric, target: "price")
        let values = try regression.load()
        #expect(values.task == .regression && values.target.values == [10.5, 20.5, 30.5, 40.5, 50.5, 60.5])
        #expect(try regression.targetName() == "price")
        #expect(try DatasetSource("iris", target: nil).targetName() == "target")
    }

    @Test func textFeatureColumnsAreOneHotEncodedByDefaultAndAnErrorUnderTheReadersDefaults() throws {
        let directory = try TemporaryDirectory(prefix: "network-training")
        let path = try directory.write("colours.csv", Self.rows)
        let (dataset, note) = try DatasetSource(path, target: nil).read()
        #expect(dataset.featureNames == ["id", "size", "colour=blue", "colour=red", "price"])
        #expect(note == "note: \(path): one-hot encoded colour (2 categories)")
        #expect(throws: DatasetError.self) { try Dataset.csv(path: path) }
        let none = CSVHandling(ignoredColumns: ["colour", "id"])
        #expect(try DatasetSource(path, target: nil, handling: none).read().note == nil)
    }

    @Test func tooFewRowsIsAnError() throws {
        let directory = try TemporaryDirectory(prefix: "network-training")
        let path = try directory.write("tiny.csv", "x,y\n1,2\n2,3\n3,4\n")
        #expect(throws: NetworkTrainingError.self) {
            try DatasetSource(path, target: nil).prepare(seed: 0, validationFraction: nil)
        }
    }

    @Test func scalingIsFittedOnTheTrainPartAndStandardizesFeaturesAndRegressionTargets() throws {
        let data = PreparedData(try Dataset.bundled("diabetes"), seed: 3, validationFraction: 0.2)
        let train = data.train.features
        for j in 0..<train.columns {
            let column = train.column(j).map(Double.init)
            let mean = column.reduce(0, +) / Double(column.count)
            #expect(abs(mean) < 1e-4)
        }
        guard case .values(let t) = data.targets(data.train) else {
            Issue.record("regression targets")
            return
        }
        let values = t.column(0).map(Double.init)
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        #expect(abs(mean) < 1e-5 && abs(variance - 1) < 1e-4)
        let raw = try #require(data.source.subset(data.rows.train).target.values)
        let scaling = try #require(data.scaling.target)
        #expect(scaling == TargetStandardization(fitting: raw))
        // The test part keeps its raw features; the validation part is scaled with the train statistics.
        #expect(data.test == data.source.subset(data.rows.test))
        let validation = data.source.subset(data.rows.validation).features
        #expect(data.validation.features == data.scaling.features.transform(validation))
    }

    @Test func classLabelsAreNotScaled() throws {
        let data = PreparedData(try Dataset.bundled("iris"), seed: 1, validationFraction: nil)
        #expect(data.scaling.target == nil && data.outputCount == 3 && data.validationData == nil)
        guard case .classes(let labels) = data.targets(data.train) else {
            Issue.record("class targets")
            return
        }
        #expect(labels == data.train.target.labels)
    }

    @Test func targetStandardizationRoundTripsAndKeepsConstantTargetsFinite() {
        let s = TargetStandardization(fitting: [1, 2, 3, 4])
        #expect(abs(s.mean - 2.5) < 1e-12 && abs(s.scale - 1.25.squareRoot()) < 1e-12)
        let t = s.standardize([1, 4])
        let back = s.restore(Matrix(column: t))
        #expect(abs(back[0, 0] - 1) < 1e-5 && abs(back[1, 0] - 4) < 1e-5)
        let constant = TargetStandardization(fitting: [7, 7, 7])
        #expect(constant.scale == 1 && constant.standardize([7]) == [0])
    }
}
