import Tuning

extension StudyConfig {
    /// The user attribute in which a study command stores its spec (`encodeJSON`), so that workers can join.
    public static let storedAttribute = "config"

    /// The spec stored with the study `spec` describes; nil when it has none that decodes (a study that a study
    /// command did not create).
    public static func stored(in spec: StudySpec) -> StudyConfig? {
        spec.userAttributes[storedAttribute].flatMap { try? decodeJSON($0) }
    }
}
