/// The `cv` of a study spec (`--cv`): `auto`, or a number of folds K (1: one train/validation split, no
/// cross-validation). Stored as the number or the text `auto`, so specs stored before `auto` existed still read.
public enum CrossValidationSetting: Codable, Sendable, Equatable, CustomStringConvertible {
    /// Cross-validate when the dataset is small (`NetworkObjective.automaticFolds` decides how many folds).
    case automatic
    /// K folds; 1 means a single train/validation split.
    case folds(Int)

    /// `auto` or a whole number; nil for anything else.
    public init?(parsing text: String) {
        if text == "auto" {
            self = .automatic
        } else if let k = Int(text) {
            self = .folds(k)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .automatic: "auto"
        case .folds(let k): "\(k)"
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let k = try? container.decode(Int.self) {
            self = .folds(k)
        } else if try container.decode(String.self) == "auto" {
            self = .automatic
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "cv must be auto or a number")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .automatic: try container.encode("auto")
        case .folds(let k): try container.encode(k)
        }
    }
}
