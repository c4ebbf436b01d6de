import Foundation
import TestSupport
import Testing

/// `--cv auto|K` of the study commands, through the built binary.
@Suite struct CrossValidationFlagTests {
    @Test func autoCrossValidatesASmallDatasetAndOneFoldSplitsOnce() throws {
        let auto = try Tuner.run([
            "random", "--dataset", "iris", "--cv", "auto", "--trials", "2", "--storage", "memory", "--json",
        ])
        #expect(auto.status == 0, "\(auto.stderr)")
        let summary = try #require(auto.jsonObjects.last)
        #expect(summary["cv_folds"] as? Int == 5, "\(summary)")
        let single = try Tuner.run(["random", "--dataset", "iris", "--cv", "1", "--trials", "2", "--storage", "memory"])
        #expect(single.status == 0 && !single.stdout.contains("cross-validation"), "\(single.stdout)")
    }

    @Test func badValuesAreUsageErrors() throws {
        for value in ["0", "auto5", "-2", "99999999999999999999999"] {
            let run = try Tuner.run(["random", "--dataset", "iris", "--cv", value, "--storage", "memory"])
            #expect(run.status == 2 && run.stderrLines.count == 1, "--cv \(value): \(run.stderr)")
        }
        let tooMany = try Tuner.run(["random", "--dataset", "iris", "--cv", "1000", "--storage", "memory"])
        #expect(tooMany.status == 2, "\(tooMany.stderr)")
        #expect(tooMany.stderr == "error: cv: 1000 folds need 2 ≤ K ≤ 120 (the train + validation rows)\n")
    }
}
