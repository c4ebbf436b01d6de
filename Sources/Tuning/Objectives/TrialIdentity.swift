/// Which trial a command runs for: its number, its study and, with an artifacts directory (`TrialArtifacts`), the
/// directory made for it. A command sees them in the environment variables `TUNER_TRIAL`, `TUNER_STUDY` and
/// `TUNER_TRIAL_DIR`, and its template may name them as the placeholders `{trial}`, `{study}` and `{trial_dir}`,
/// which become references to those variables exactly as parameter placeholders do (`CommandTemplate`), so a
/// study name or a directory is never shell syntax either.
///
/// A parameter of the same name wins: in a space with a parameter `trial`, `{trial}` is that parameter's value
/// (templates written before these placeholders existed keep their meaning), and the trial's number is still
/// `$TUNER_TRIAL`.
public struct TrialIdentity: Sendable, Equatable {
    /// The trial's number in its study.
    public var number: Int
    /// The study's name.
    public var study: String
    /// The absolute path of the trial's artifacts directory, when the study has one.
    public var directory: String?

    public init(number: Int, study: String, directory: String? = nil) {
        self.number = number
        self.study = study
        self.directory = directory
    }

    /// The placeholder names and the variables they stand for.
    public static let variables: [String: String] = [
        "trial": "TUNER_TRIAL", "study": "TUNER_STUDY", "trial_dir": "TUNER_TRIAL_DIR",
    ]

    /// The variable that holds the storage URL (redacted, `SecretRedaction.redactURL`).
    public static let storageVariable = "TUNER_STORAGE"

    /// `TUNER_TRIAL`, `TUNER_STUDY` and, when there is a directory, `TUNER_TRIAL_DIR`.
    public var environment: [String: String] {
        var variables = ["TUNER_TRIAL": "\(number)", "TUNER_STUDY": study]
        if let directory { variables["TUNER_TRIAL_DIR"] = directory }
        return variables
    }

    /// The value of placeholder `name` (`trial`, `study`, `trial_dir`), nil for other names and for `trial_dir`
    /// without a directory.
    public func value(of name: String) -> String? {
        switch name {
        case "trial": return "\(number)"
        case "study": return study
        case "trial_dir": return directory
        default: return nil
        }
    }
}
