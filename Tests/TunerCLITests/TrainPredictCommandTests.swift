import Foundation
import TestSupport
import Testing

/// `tuner train` and `tuner predict`, run as the built binary on tiny budgets.
@Suite struct TrainPredictCommandTests {
    /// Eight iris rows (two classes present) with the bundled file's header, columns reordered and an extra column.
    static let irisRows = """
        id,petal width (cm),sepal length (cm),sepal width (cm),petal length (cm),target
        a,0.2,5.1,3.5,1.4,setosa
        b,0.2,4.9,3.0,1.4,setosa
        c,0.2,4.7,3.2,1.3,setosa
        d,1.4,7.0,3.2,4.7,versicolor
        e,1.5,6.4,3.2,4.5,versicolor
        f,2.5,6.3,3.3,6.0,virginica
        g,1.9,5.8,2.7,5.1,virginica
        h,2.1,7.1,3.0,5.9,virginica

        """

    @Test func trainPrintsOneJSONObjectPerEpochAndAFinalObjectWithTestAccuracy() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-report-tests-train-json")
        defer { dir.remove() }
        let r = try Tuner.run(
            [
                "train", "--dataset", "iris", "--layers", "16", "--epochs", "4", "--patience", "3",
                "--json", "--out", "iris.json",
            ], in: dir.url)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let objects = try r.lines.map(parseJSONObject)
        #expect(objects.count == 5)
        for (i, epoch) in objects.dropLast().enumerated() {
            #expect(epoch["epoch"] as? Int == i + 1)
            #expect(epoch["train_loss"] is Double && epoch["validation_loss"] is Double)
            #expect(epoch["validation_accuracy"] is Double && epoch["learning_rate"] as? Double == 1e-3)
        }
        let final = try #require(objects.last)
        #expect(final["final"] as? Bool == true)
        let accuracy = try #require(final["test_accuracy"] as? Double)
        #expect((0...1).contains(accuracy))
        #expect(final["test_macro_f1"] is Double)
        #expect(FileManager.default.fileExists(atPath: dir.path("iris.json")))
    }

    @Test func regressionReportsTestR2() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-report-tests-train-regression")
        defer { dir.remove() }
        let r = try Tuner.run(
            ["train", "--dataset", "diabetes", "--layers", "8", "--epochs", "2", "--json", "--out", "d.json"],
            in: dir.url)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let final = try parseJSONObject(try #require(r.lines.last))
        #expect(final["test_r2"] is Double && final["test_mse"] is Double && final["test_accuracy"] == nil)
    }

    @Test func predictAppliesTheSavedScalerAndScoresALabelledFile() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-report-tests-predict")
        defer { dir.remove() }
        let trained = try Tuner.run(
            [
                "train", "--dataset", "iris", "--layers", "16", "--epochs", "60", "--lr", "0.01",
                "--out", "m.json",
            ], in: dir.url)
        #expect(trained.status == 0, "stderr: \(trained.stderr)")
        try Self.irisRows.write(toFile: dir.path("rows.csv"), atomically: true, encoding: .utf8)

        let r = try Tuner.run(["predict", "--model", "m.json", "--input", "rows.csv", "--json"], in: dir.url)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let objects = try r.lines.map(parseJSONObject)
        #expect(objects.count == 9)
        let expected = [
            "setosa", "setosa", "setosa", "versicolor", "versicolor", "virginica", "virginica", "virginica",
        ]
        var correct = 0
        for (i, row) in objects.dropLast().enumerated() {
            #expect(row["line"] as? Int == i + 2)
            let probabilities = try #require(row["probabilities"] as? [String: Double])
            #expect(Set(probabilities.keys) == ["setosa", "versicolor", "virginica"])
            #expect(abs(probabilities.values.reduce(0, +) - 1) < 1e-4)
            if row["predicted"] as? String == expected[i] { correct += 1 }
        }
        let summary = try #require(objects.last)
        #expect(summary["rows"] as? Int == 8)
        #expect(summary["accuracy"] as? Double == Double(correct) / 8)
        #expect(correct >= 6, "a network trained 60 epochs on iris should get these easy rows right")

        let written = try Tuner.run(
            ["predict", "--model", "m.json", "--input", "rows.csv", "--output", "p.csv"], in: dir.url)
        #expect(written.status == 0)
        let csv = try String(contentsOfFile: dir.path("p.csv"), encoding: .utf8).split(separator: "\n")
        #expect(csv.first == "line,predicted,p(setosa),p(versicolor),p(virginica)")
        #expect(csv.count == 9)
        #expect(written.stdout.contains("accuracy"))
    }

    @Test func predictErrorsAreOneLineNamingTheFileAndExitWithStatus2() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-report-tests-predict-errors")
        defer { dir.remove() }
        try Self.irisRows.write(toFile: dir.path("rows.csv"), atomically: true, encoding: .utf8)
        let missing = try Tuner.run(["predict", "--model", "absent.json", "--input", "rows.csv"], in: dir.url)
        #expect(missing.status == 2)
        #expect(missing.stderr.split(separator: "\n").count == 1 && missing.stderr.contains("absent.json"))

        #expect(
            try Tuner.run(
                ["train", "--dataset", "iris", "--layers", "4", "--epochs", "1", "--out", "m.json"], in: dir.url
            ).status == 0)
        let renamed = Self.irisRows.replacingOccurrences(of: "petal width (cm)", with: "petal_width")
        try renamed.write(toFile: dir.path("renamed.csv"), atomically: true, encoding: .utf8)
        let wrongColumn = try Tuner.run(["predict", "--model", "m.json", "--input", "renamed.csv"], in: dir.url)
        #expect(wrongColumn.status == 2)
        #expect(wrongColumn.stderr.split(separator: "\n").count == 1)
        #expect(wrongColumn.stderr.contains("renamed.csv:1:") && wrongColumn.stderr.contains("'petal width (cm)'"))

        let badCell = Self.irisRows.replacingOccurrences(of: "b,0.2,4.9", with: "b,0.2,oops")
        try badCell.write(toFile: dir.path("bad.csv"), atomically: true, encoding: .utf8)
        let notANumber = try Tuner.run(["predict", "--model", "m.json", "--input", "bad.csv"], in: dir.url)
        #expect(notANumber.status == 2)
        #expect(notANumber.stderr.contains("bad.csv:3:3:") && notANumber.stderr.contains("'oops'"))
    }

    @Test func badTrainingFlagsAreOneLineWithStatus2() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-report-tests-train-flags")
        defer { dir.remove() }
        for (arguments, flag) in [
            (["--dataset", "nope"], "--dataset"), (["--dataset", "iris", "--layers", "8,x"], "--layers"),
            (["--dataset", "iris", "--schedule", "sometimes"], "--schedule"),
            (["--dataset", "iris", "--dropout", "1.5"], "--dropout"),
        ] {
            let r = try Tuner.run(["train"] + arguments, in: dir.url)
            #expect(r.status == 2, "\(arguments)")
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(flag), "\(r.stderr)")
        }
        let help = try Tuner.run(["train", "--help"], in: dir.url)
        #expect(help.status == 0 && help.stdout.contains("Examples:"))
    }
}
