import Foundation
import TestSupport
import Testing

/// `lr-find --steps` and `train --schedule` take integers that once reached a runtime trap (a range with its
/// bounds reversed, a Double too large for Int, an array of 2⁶³ rates): out-of-range values are one-line usage
/// errors naming the flag, and every value in range runs.
@Suite("tuner lr-find --steps and train --schedule bounds")
struct NetworkFlagBoundsCommandTests {
    @Test("lr-find runs for every --steps from 2 to 15, where too few points for the suggestion window remain")
    func shortRangeTests() throws {
        let directory = try TemporaryDirectory()
        for steps in 2...15 {
            let run = try Tuner.run(
                ["lr-find", "--dataset", "iris", "--steps", "\(steps)", "--json", "--out", "lr.svg"],
                in: directory.url)
            #expect(run.status == 0 && !run.terminatedBySignal, "--steps \(steps): \(run.stderr)")
            let curve = try parseJSONObject(run.stdout)
            #expect((curve["learning_rates"] as? [Double])?.count ?? 0 <= steps)
        }
    }

    @Test("lr-find --steps beyond its documented maximum is a one-line usage error naming --steps")
    func tooManySteps() throws {
        for steps in ["1000001", "9223372036854775807"] {
            let run = try Tuner.run(["lr-find", "--dataset", "iris", "--steps", steps, "--out", "lr.svg"])
            #expect(run.status == 2 && !run.terminatedBySignal && run.stderrLines.count == 1, "\(run.stderr)")
            #expect(run.stderr.contains("--steps") && run.stderr.contains("1000000"), "\(run.stderr)")
        }
    }

    @Test("train --schedule with an epoch count beyond Int is a one-line usage error naming --schedule")
    func hugeScheduleEpochs() throws {
        for schedule in ["step:9223372036854775807:0.5", "step:1e300:0.5", "step:-1e300:0.5", "plateau:0.5:1e19"] {
            let run = try Tuner.run(["train", "--dataset", "iris", "--epochs", "1", "--schedule", schedule])
            #expect(run.status == 2 && !run.terminatedBySignal && run.stderrLines.count == 1, "\(run.stderr)")
            #expect(run.stderr.contains("--schedule"), "\(schedule): \(run.stderr)")
        }
    }
}
