import NeuralNetwork

/// A saved model applied to a CSV file: what `tuner predict` runs. The model file is read and checked
/// (`TrainedModel.load`), the file's rows are read by the model's columns (`PredictionInput`: one-hot encoded and
/// missing cells imputed as the model's encoding says), the saved scaler is applied and the network's output
/// mapped back to class probabilities or target units (`TrainedModel.predict`); when the file has the target
/// column, the predictions are scored against it.
public struct PredictionRun {
    public var model: TrainedModel
    public var input: PredictionInput
    public var prediction: Prediction
    /// Accuracy, or R² and MSE, against the file's target column; empty without one (or with a non-numeric
    /// regression target).
    public var scores: [(String, Double)]

    /// Why a prediction run failed: the model file or the input file.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case model(TrainedModelError)
        case input(PredictionInputError)

        public var description: String {
            switch self {
            case .model(let error): return "\(error)"
            case .input(let error): return "\(error)"
            }
        }
    }

    /// Applies the model at `modelPath` to the rows of `inputPath`.
    public static func run(modelPath: String, inputPath: String) throws(Failure) -> PredictionRun {
        let model: TrainedModel
        let network: Network<Float>
        do {
            (model, network) = try TrainedModel.load(path: modelPath)
        } catch {
            throw .model(error)
        }
        let input: PredictionInput
        do {
            input = try PredictionInput.read(path: inputPath, model: model)
        } catch {
            throw .input(error)
        }
        let prediction = Prediction(model: model, network: network, raw: input.features)
        return PredictionRun(
            model: model, input: input, prediction: prediction,
            scores: input.targets.flatMap(prediction.scores(against:)) ?? [])
    }
}
