/// The objectives a study spec can name, in registration order: the spec layer resolves `objective:` here.
///
/// A spec without `objective:` gets `defaultName`. An unknown name is an error listing every registered name;
/// `lr_range` on an objective that does not accept it is an error naming the ones that do.
public struct ObjectiveRegistry: Sendable {
    /// The objective of a spec that names none.
    public var defaultName: String
    public private(set) var providers: [ObjectiveProvider] = []

    public init(defaultName: String, providers: [ObjectiveProvider] = []) {
        self.defaultName = defaultName
        for provider in providers { register(provider) }
    }

    /// Adds `provider`; one registered earlier under the same name is replaced (keeping its place).
    public mutating func register(_ provider: ObjectiveProvider) {
        if let i = providers.firstIndex(where: { $0.name == provider.name }) {
            providers[i] = provider
        } else {
            providers.append(provider)
        }
    }

    /// The registered names, in registration order.
    public var names: [String] { providers.map(\.name) }

    /// The provider registered as `name`, if any.
    public func provider(named name: String) -> ObjectiveProvider? { providers.first { $0.name == name } }

    /// Resolves `config.objective` (or `defaultName`) and builds its objective.
    public func setup(for config: StudyConfig) throws -> ObjectiveSetup {
        let name = config.objective ?? defaultName
        let provider = provider(named: name)
        if config.lrRange != nil && provider?.acceptsLearningRateRange != true {
            let accepting = providers.filter(\.acceptsLearningRateRange).map(\.name).joined(separator: ", ")
            throw SpecError(
                file: "", line: nil, field: "lr_range",
                message: "applies to the \(accepting) objective only (objective is '\(name)')")
        }
        guard let provider else {
            throw SpecError(
                file: "", line: nil, field: "objective",
                message: "'\(name)' is not one of \(names.joined(separator: ", "))")
        }
        return try provider.make(config)
    }
}
