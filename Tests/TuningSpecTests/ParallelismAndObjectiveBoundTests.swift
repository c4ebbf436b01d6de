import Testing
import Tuning

@testable import TuningSpec

/// `jobs` and the number of declared objectives have documented maxima, the same from a spec file and from flags:
/// a thread per job and exact hypervolumes (exponential in the number of objectives) stay affordable.
@Suite struct ParallelismAndObjectiveBoundTests {
    static func specError(_ text: String) -> String? {
        do {
            _ = try StudyConfig(text: text, file: "s.yaml")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [1025, 1_000_000, 100_000_000, Int.max])
    func jobsPastTheMaximumAreRefusedInOneLine(jobs: Int) {
        #expect(StudyConfig.maximumJobs == 1024)
        #expect(Self.specError("jobs: \(jobs)") == "s.yaml:1: jobs: must be at most 1024, got \(jobs)")
        var flags = StudyConfig()
        flags.jobs = jobs
        #expect(flags.firstViolation()?.flag == "--jobs")
    }

    @Test func jobsUpToTheMaximumAreAccepted() throws {
        #expect(try StudyConfig(text: "jobs: 1024", file: "s.yaml").jobs == 1024)
        #expect(Self.specError("jobs: 0") == "s.yaml:1: jobs: must be at least 1, got 0")
    }

    static func declaration(_ count: Int) -> String {
        (0..<count).map { "m\($0):minimize" }.joined(separator: ",")
    }

    @Test func fourObjectivesAreAcceptedFromFlagsAndSpecs() throws {
        #expect(StudyConfig.maximumObjectives == 4)
        #expect(try StudyConfig.objectives(flag: Self.declaration(4)).count == 4)
        let yaml = "objectives: [\(Self.declaration(4))]"
        #expect(try StudyConfig(text: yaml, file: "s.yaml").objectives?.count == 4)
    }

    @Test(arguments: [5, 12, 1000])
    func moreObjectivesAreRefusedInOneLine(count: Int) {
        #expect(throws: MultiObjectiveError.tooManyObjectives(count: count, maximum: 4)) {
            try StudyConfig.objectives(flag: Self.declaration(count))
        }
        let message = Self.specError("objectives: [\(Self.declaration(count))]")
        #expect(message == "s.yaml:1: objectives: a study may declare at most 4 objectives, got \(count)")
    }
}
