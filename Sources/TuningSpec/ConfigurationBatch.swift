import Tuning

/// Configurations to queue in a study (`tuner enqueue`): each is validated against the study's space before
/// any is queued, so a bad one leaves the study as it was. The study evaluates queued configurations before it
/// asks its sampler again (`Study.enqueue`: a worker or `tuner ask` claims each exactly once).
///
/// Sources: `--param name=value` pairs (one configuration), or a batch file whose records are configurations:
/// JSON lines or a JSON array of objects `{"lr": 0.01, "units": 64}`, or a CSV with one column per parameter
/// (an empty cell: the parameter is inactive). Values are read as the parameter's domain wants them
/// (`ParameterDomain.value(text:)`, `value(json:)`); parameters with a fixed value may be left out.
public struct ConfigurationBatch: Sendable {
    public let configurations: [Parameters]

    /// One configuration from `name=value` pairs; errors name `--param` and the parameter.
    public init(pairs: [String], space: SearchSpace) throws(SpecError) {
        var fields: [(name: String, value: InputRecord.Value)] = []
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw SpecError(
                    file: "--param", line: nil, field: "", message: "'\(pair)' must have the form name=value")
            }
            let name = String(pair[..<equals])
            guard !fields.contains(where: { $0.name == name }) else {
                throw SpecError(file: "--param", line: nil, field: name, message: "given twice")
            }
            fields.append((name, .text(String(pair[pair.index(after: equals)...]))))
        }
        let record = InputRecord(file: "--param", line: nil, index: nil, fields: fields)
        configurations = [try Self.configuration(record, space: space)]
    }

    /// The configurations of a batch file's records; an empty file is an error.
    public init(records: [InputRecord], space: SearchSpace, file: String) throws(SpecError) {
        guard !records.isEmpty else { throw SpecError(file: file, line: nil, field: "", message: "no configurations") }
        var configurations: [Parameters] = []
        for record in records { configurations.append(try Self.configuration(record, space: space)) }
        self.configurations = configurations
    }

    /// Queues every configuration, in order; returns the waiting trials.
    public func enqueue(in study: Study) throws -> [Trial] {
        try configurations.map { try study.enqueue($0) }
    }

    /// The parameters of `record`: every field a parameter of `space`, the whole a valid assignment.
    static func configuration(_ record: InputRecord, space: SearchSpace) throws(SpecError) -> Parameters {
        var params: Parameters = [:]
        for (name, _) in record.fields {
            guard let parameter = space[name] else {
                let known = space.parameters.map(\.name).joined(separator: ", ")
                throw record.error(name, "not a parameter of the study (its parameters: \(known))")
            }
            params[name] = try record.parameterValue(name, for: parameter)
        }
        return try validated(params, space: space, record: record)
    }

    /// `space.validate(params)`, its error naming the record and the parameter.
    static func validated(_ params: Parameters, space: SearchSpace, record: InputRecord) throws(SpecError)
        -> Parameters
    {
        do {
            return try space.validate(params)
        } catch let error as SearchSpaceError {
            switch error {
            case .missingValue(let name): throw record.error(name, "missing: the parameter is active here")
            case .unexpectedParameter(let name):
                throw record.error(name, "not active here (its condition is not met)")
            case .invalidValue(let name, let value):
                let summary = space[name].map { " (\($0.domain.summary))" } ?? ""
                throw record.error(name, "'\(value)' is not a value of '\(name)'\(summary)")
            default: throw record.error("", error.description)
            }
        } catch {
            throw record.error("", "\(error)")
        }
    }
}
