import TestSupport
import Testing

/// The study's time flags take positive, finite seconds: `inf` once reached the JSON encoder of the stored spec
/// and ended the run with an internal `EncodingError` (exit 1).
@Suite struct StudyTimeFlagTests {
    @Test(arguments: ["--timeout", "--heartbeat", "--grace"], ["inf", "1e400", "nan", "-1"])
    func aTimeFlagThatIsNotAPositiveFiniteNumberIsAUsageError(flag: String, value: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let run = try Tuner.run(
            ["random", "--objective", "branin", "--trials", "2", "--storage", "memory", flag, value], in: dir.url)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderrLines.count == 1 && run.stderr.contains(flag), "\(run.stderr)")
        #expect(!run.stderr.contains("EncodingError"), "\(run.stderr)")
    }

    @Test(arguments: ["inf", ".inf", "nan", "-3"])
    func aSpecTimeoutThatIsNotAPositiveFiniteNumberIsAUsageError(value: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spec = try dir.write("spec.yaml", "objective: branin\ntrials: 2\ntimeout: \(value)\n")
        let run = try Tuner.run(["random", "--config", spec, "--storage", "memory"], in: dir.url)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderrLines.count == 1 && run.stderr.contains("timeout"), "\(run.stderr)")
    }
}
