import ArgumentParser
import NetworkTraining

extension NetworkTrainingError {
    /// The error as `tuner train` and `tuner lr-find` report it: bad data and settings are usage errors naming
    /// the flag at fault (exit status 2), the rest runtime errors with a hint.
    var commandLineError: any Error {
        switch self {
        case .dataset(let error):
            if case .unknownColumn = error { return ValidationError("--target: \(error)") }
            if case .invalidParameter(let name, _) = error, name.hasPrefix("--") { return ValidationError("\(error)") }
            return ValidationError("--dataset: \(error)")
        case .tooFewRows:
            return ValidationError("--dataset: \(self)")
        case .configuration(let error):
            return ValidationError("--\(NetworkOptions.flag(for: error.parameter)): \(error)")
        case .diverged:
            return RuntimeError("\(self); try a smaller --lr")
        case .model:
            return RuntimeError("\(self)")
        case .noFiniteLoss:
            return RuntimeError("\(self); try a smaller --start")
        }
    }
}
