/// A bad setting in a `NetworkSpec`, `TrainingConfig` or training call, naming the parameter at fault.
public enum ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `parameter` (e.g. `"learningRate"`, `"hiddenLayers[1]"`) has an unusable value, explained by `reason`.
    case invalid(parameter: String, reason: String)

    public var description: String {
        switch self {
        case .invalid(let parameter, let reason): return "invalid \(parameter): \(reason)"
        }
    }

    /// The offending parameter's name.
    public var parameter: String {
        switch self {
        case .invalid(let parameter, _): return parameter
        }
    }
}
