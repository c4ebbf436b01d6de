import NetworkTraining
import TuningReport

/// Formats `tuner predict --json`'s rows (the CSV table is `Prediction.csv(lines:)`).
enum PredictionOutput {
    /// One JSON object per row: its file line, the predicted class with every class's probability, or the
    /// predicted value.
    static func jsonLines(_ prediction: Prediction, lines: [Int]) -> [String] {
        if let names = prediction.classNames {
            let predicted = prediction.predictedLabels
            return (0..<prediction.count).map { i in
                let p = prediction.probabilities(row: i)
                return JSONValue.object([
                    ("line", .int(lines[i])), ("predicted", .string(names[predicted[i]])),
                    ("probabilities", .object(zip(names, p).map { ($0, JSONValue($1)) })),
                ]).text
            }
        }
        return (0..<prediction.count).map { i in
            JSONValue.object([("line", .int(lines[i])), ("predicted", JSONValue(prediction.value(row: i)))]).text
        }
    }
}
