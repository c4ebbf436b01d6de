import ArgumentParser
import Foundation
import NetworkTraining
import TuningReport

/// `tuner predict`: apply a model saved by `tuner train` to a raw CSV file (`PredictionRun` of `NetworkTraining`).
struct Predict: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Predict classes (with probabilities) or values for the rows of a CSV file with a saved model.",
        discussion: """
            The file needs a header naming the model's feature columns (any order; other columns are ignored). When it
            also has the target column, the accuracy (classification) or R² and MSE (regression) are printed. Text
            columns are one-hot encoded and missing cells imputed as the model file recorded at training time.

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

    @Option(
        help: ArgumentHelp(
            "Write the predictions as CSV to this file instead of printing them.",
            valueName: "predictions.csv"))
    var output: String?

    @Flag(help: "Print one JSON object per row and a final JSON summary.")
    var json = false

    func run() throws {
        if let output {
            try OutputFile.check(output, flag: "--output", inputs: [("--model", model), ("--input", input)])
        }
        let run: PredictionRun
        do {
            run = try PredictionRun.run(modelPath: model, inputPath: input)
        } catch {
            switch error {
            case .model: throw ValidationError("--model: \(error)")
            case .input: throw ValidationError("--input: \(error)")
            }
        }
        if let note = run.input.note { StandardError.line(note) }
        let (prediction, lines) = (run.prediction, run.input.lines)
        if let output {
            try OutputFile.write(prediction.csv(lines: lines), to: output, flag: "--output")
        } else if json {
            for line in PredictionOutput.jsonLines(prediction, lines: lines) { print(line) }
        } else {
            print(prediction.csv(lines: lines), terminator: "")
        }

        if json {
            var fields: [(String, JSONValue)] = [("summary", .bool(true)), ("rows", .int(prediction.count))]
            fields += run.scores.map { ($0.0, JSONValue($0.1)) }
            if let output { fields.append(("output", .string(output))) }
            print(JSONValue.object(fields).text)
        } else {
            if let output { print("wrote \(prediction.count) predictions to \(output)") }
            for (name, value) in run.scores {
                print(
                    "\(name) \(String(format: "%.4f", value)) on \(prediction.count) rows "
                        + "with the '\(run.model.targetName)' column")
            }
        }
    }
}
