/// Why a benchmark could not run; each description is one line.
public enum BenchmarkError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A problem name no benchmark knows; `known` lists the accepted names.
    case unknownProblem(String, known: [String])
    /// A run ended with fewer trials than asked for (an exhausted sampler).
    case shortRun(run: BenchmarkRunKey, trials: Int, expected: Int)
    /// The sampler proposed nothing where a proposal was needed.
    case noProposal(String)

    public var description: String {
        switch self {
        case .unknownProblem(let name, let known):
            return "unknown problem '\(name)' (known: \(known.joined(separator: ", ")))"
        case .shortRun(let run, let trials, let expected):
            return "\(run.problem) \(run.sampler) seed \(run.seed): \(trials) of \(expected) trials ran"
                + " (sampler exhausted?)"
        case .noProposal(let reason):
            return reason
        }
    }
}
