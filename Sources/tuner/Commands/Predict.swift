import ArgumentParser
import Foundation

/// `tuner predict`: apply a model saved by `tuner train` to a raw CSV file (the saved scaler is applied first).
struct Predict: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Predict classes (with probabilities) or values for the rows of a CSV file with a saved model.",
        discussion: """
        The file needs a header naming the model's feature columns (any order; other columns are ignored). When it
        also has the target column, the accuracy (classification) or R² and MSE (regression) are printed.

        Examples:
          tuner train --dataset iris --epochs 100 --out iris.json
          tuner predict --model iris.json --input flowers.csv
          tuner predict --model iris.json --input flowers.csv --output predictions.csv
          tuner predict --model iris.json --input flowers.csv --json
        """
    )

    @Option(help: ArgumentHelp("A model saved by `tuner train --out`.", valueName: "model.json"))
    var model: String

    @Option(help: ArgumentHelp("The CSV file to predict.", valueName: "data.csv"))
    var input: String

    @Option(help: ArgumentHelp("Write the predictions as CSV to this file instead of printing them.", valueName: "predictions.csv"))
    var output: String?

    @Flag(help: "Print one JSON object per row and a final JSON summary.")
    var json = false

    func run() throws {
        let (saved, network) = try TrainedModel.load(path: model)
        let rows = try CSVRows.read(path: input, featureNames: saved.featureNames, targetName: saved.targetName)
        let predictions = saved.predict(network, raw: rows.features)
        let scores = rows.targets.flatMap { PredictionOutput.scores(model: saved, output: predictions, targets: $0) } ?? []

        if let output {
            do {
                try Data(PredictionOutput.csv(model: saved, output: predictions, lines: rows.lines).utf8)
                    .write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw RuntimeError("cannot write \(output): \(error.localizedDescription)")
            }
        } else if json {
            PredictionOutput.jsonLines(model: saved, output: predictions, lines: rows.lines).forEach { print($0) }
        } else {
            print(PredictionOutput.csv(model: saved, output: predictions, lines: rows.lines), terminator: "")
        }

        if json {
            var fields: [(String, JSONValue)] = [("summary", .bool(true)), ("rows", .int(predictions.rows))]
            fields += scores.map { ($0.0, JSONValue($0.1)) }
            if let output { fields.append(("output", .string(output))) }
            print(JSONValue.object(fields).text)
        } else {
            if let output { print("wrote \(predictions.rows) predictions to \(output)") }
            for (name, value) in scores {
                print("\(name) \(String(format: "%.4f", value)) on \(predictions.rows) rows with the '\(saved.targetName)' column")
            }
        }
    }
}
