import LinearAlgebra
import Testing

@testable import Datasets

@Suite("Bundled datasets")
struct BundledDatasetTests {
    @Test(
        "each bundled dataset loads with its documented shape, task and classes",
        arguments: [
            ("digits", 1797, 64, 10), ("iris", 150, 4, 3), ("wine", 178, 13, 3),
            ("breast-cancer", 569, 30, 2), ("diabetes", 442, 10, 0),
        ])
    func loadsWithShape(name: String, samples: Int, features: Int, classes: Int) throws {
        let dataset = try Dataset.bundled(name)
        #expect(dataset.name == name)
        #expect(dataset.count == samples)
        #expect(dataset.featureCount == features)
        #expect(dataset.featureNames.count == features)
        #expect(dataset.target.classCount == classes)
        #expect(dataset.task == (classes == 0 ? .regression : .classification))
        #expect(dataset.features.elements.allSatisfy { $0.isFinite })
        if let labels = dataset.target.labels {
            // Every class is present.
            #expect(Set(labels) == Set(0..<classes))
        }
    }

    @Test("class counts and first rows match scikit-learn's copies")
    func knownContents() throws {
        let iris = try Dataset.bundled("iris")
        #expect(iris.target.classCounts == [50, 50, 50])
        #expect(iris.target.classNames == ["setosa", "versicolor", "virginica"])
        #expect(iris.features.row(0) == [5.1, 3.5, 1.4, 0.2])
        #expect(iris.featureNames[0] == "sepal length (cm)")

        let cancer = try Dataset.bundled("breast-cancer")
        #expect(cancer.target.classNames == ["malignant", "benign"])
        #expect(cancer.target.classCounts == [212, 357])
        #expect(cancer.target.labels?.first == 0)  // the first sample is malignant, label 0 as in scikit-learn

        let wine = try Dataset.bundled("wine")
        #expect(wine.target.classCounts == [59, 71, 48])

        let digits = try Dataset.bundled("digits")
        #expect(digits.target.classCounts == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
        #expect(digits.features.elements.allSatisfy { $0 >= 0 && $0 <= 16 && $0 == $0.rounded() })

        let diabetes = try Dataset.bundled("diabetes")
        #expect(diabetes.featureNames == ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"])
        #expect(diabetes.target.values?.first == 151)
        #expect(diabetes.features.row(0)[0] == 59)
    }

    /// Oracle: scikit-learn 1.9.1's `load_*()` arrays (diabetes with `scaled=False`): sum of X, sum of its last
    /// column, sum of the target labels or values.
    @Test(
        "feature and target sums agree with scikit-learn's loaders",
        arguments: [
            ("digits", 561718.0, 655.0, 8070.0), ("iris", 2078.7, 179.9, 150.0),
            ("wine", 159975.295999, 132947.0, 167.0), ("breast-cancer", 1056474.4596356, 47.76517, 357.0),
            ("diabetes", 276404.2336, 40337.0, 67243.0),
        ])
    func sumsMatchScikitLearn(name: String, total: Double, lastColumn: Double, targetSum: Double) throws {
        let data = try Dataset.bundled(name)
        let sum = data.features.elements.reduce(0.0) { $0 + Double($1) }
        let last = data.features.column(data.featureCount - 1).reduce(0.0) { $0 + Double($1) }
        let y =
            data.target.labels.map { $0.reduce(0.0) { $0 + Double($1) } }
            ?? data.target.values!.reduce(0.0) { $0 + Double($1) }
        #expect(abs(sum - total) <= 1e-6 * total)
        #expect(abs(last - lastColumn) <= 1e-6 * lastColumn)
        #expect(y == targetSum)
    }

    @Test("TUNER_DATASETS_DIR overrides the resource bundle and reports a missing file")
    func directoryOverride() throws {
        let iris = try BundledDataset.named("iris")
        let bundled = try iris.path(environment: [:])
        let directory = String(bundled.dropLast("/iris.csv".count))
        #expect(try iris.path(environment: ["TUNER_DATASETS_DIR": directory]) == bundled)
        let missing = Result { () throws(DatasetError) in
            try iris.path(environment: ["TUNER_DATASETS_DIR": "/nonexistent"])
        }
        #expect(
            missing.error
                == .unreadable(file: "/nonexistent/iris.csv", reason: "no such file (TUNER_DATASETS_DIR is set)"))
    }

    @Test("an unknown name throws an error listing the valid names")
    func unknownName() {
        #expect(Dataset.bundledNames == ["digits", "iris", "wine", "breast-cancer", "diabetes"])
        do {
            _ = try Dataset.bundled("mnist")
            Issue.record("expected an error")
        } catch {
            #expect(error == .unknownDataset(name: "mnist", valid: Dataset.bundledNames))
            #expect(error.description.contains("breast-cancer"))
            #expect(error.description.contains("'mnist'"))
        }
    }
}
