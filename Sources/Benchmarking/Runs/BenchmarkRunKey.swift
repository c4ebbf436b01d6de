/// One (problem, sampler, seed) combination: a run of a sweep, whose rows are the trials 1…n.
public struct BenchmarkRunKey: Sendable, Hashable, Comparable {
    public var problem: String
    public var sampler: String
    public var seed: Int

    public init(problem: String, sampler: String, seed: Int) {
        (self.problem, self.sampler, self.seed) = (problem, sampler, seed)
    }

    public static func < (a: BenchmarkRunKey, b: BenchmarkRunKey) -> Bool {
        (a.problem, a.sampler, a.seed) < (b.problem, b.sampler, b.seed)
    }

    /// A file-name-safe identifier: letters, digits, `-`, `_` and `.` kept, anything else replaced by `_`.
    public var slug: String {
        "\(problem)__\(sampler)__\(seed)".map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" }
            .reduce(into: "") { $0.append($1) }
    }

    /// How progress lines name the run: `branin tpe seed 3`.
    public var label: String { "\(problem) \(sampler) seed \(seed)" }
}
