import Foundation
import TestSupport
import Testing

/// Runs the built `tuner` binary: `tuner lr-find` (table, JSON, SVG, usage errors) and the CV study summary.
@Suite struct LRFindCommandTests {
    @Test func tablePlotAndSuggestions() throws {
        let scratch = try TemporaryDirectory(prefix: "lrfind-tests")
        defer { scratch.remove() }
        let dir = scratch.url
        let run = try Tuner.run(
            ["lr-find", "--dataset", "iris", "--layers", "8", "--steps", "60", "--every", "10"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "learning rate   smoothed loss")
        #expect(lines.filter { $0.hasPrefix("    ") }.count <= 6)  // every 10th of at most 60 points
        #expect(run.stdout.contains("suggested learning rate (steepest descent): "))
        #expect(run.stdout.contains("suggested learning rate (minimum / 10): "))
        let svg = try String(contentsOf: dir.appendingPathComponent("lr-find.svg"), encoding: .utf8)
        #expect(
            svg.hasPrefix("<svg") && svg.contains("smoothed loss") && svg.contains("steepest") && svg.contains("min/10")
        )
    }

    @Test func jsonHoldsTheCurveAndBothSuggestions() throws {
        let scratch = try TemporaryDirectory(prefix: "lrfind-tests")
        defer { scratch.remove() }
        let dir = scratch.url
        let run = try Tuner.run(
            ["lr-find", "--dataset", "iris", "--layers", "8", "--steps", "40", "--json", "--out", "c.svg"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rates = try #require(object["learning_rates"] as? [Double])
        #expect(rates.first == 1e-7 && rates.count == object["steps"] as? Int)
        #expect((object["smoothed_losses"] as? [Double])?.count == rates.count)
        #expect(object["suggested_lr_steepest"] is Double && object["suggested_lr_min_over_10"] is Double)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("c.svg").path))
    }

    @Test func badFlagsAreOneLineAndExitTwo() throws {
        let scratch = try TemporaryDirectory(prefix: "lrfind-tests")
        defer { scratch.remove() }
        let dir = scratch.url
        for (arguments, flag) in [
            (["--start", "0"], "--start"), (["--end", "1e-9"], "--end"), (["--steps", "1"], "--steps"),
            (["--optimizer", "nope"], "--optimizer"),
        ] {
            let run = try Tuner.run(["lr-find", "--dataset", "iris"] + arguments, in: dir)
            #expect(run.status == 2)
            #expect(run.stderr.split(separator: "\n").count == 1 && run.stderr.contains(flag), "\(run.stderr)")
        }
    }

    @Test func crossValidatedStudyPrintsMeanPlusMinusStd() throws {
        let scratch = try TemporaryDirectory(prefix: "lrfind-tests")
        defer { scratch.remove() }
        let dir = scratch.url
        let run = try Tuner.run(
            ["random", "--dataset", "iris", "--cv", "3", "--trials", "2", "--storage", "memory"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("3-fold cross-validation"))
        let best = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("Best trial #") })
        #expect(best.contains("validation accuracy ") && best.contains(" ± ") && best.hasSuffix("(3-fold CV)"))
        let json = try Tuner.run(
            ["random", "--dataset", "iris", "--cv", "3", "--trials", "2", "--storage", "memory", "--json"], in: dir)
        let summary = try #require(json.stdout.split(separator: "\n").last)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.utf8)) as? [String: Any])
        #expect(object["cv_mean"] as? Double == object["best_value"] as? Double)
        #expect(object["cv_std"] is Double && object["cv_folds"] as? Int == 3)
    }
}
