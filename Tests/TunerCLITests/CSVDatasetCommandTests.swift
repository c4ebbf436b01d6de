import Foundation
import Randomness
import TestSupport
import Testing

/// A CSV file with text columns and `NA`/empty/`?` cells, through the built binary with default flags: studies,
/// `train` then `predict`, `lr-find`, and the flags and errors of CSV handling.
@Suite struct CSVDatasetCommandTests {
    static func penguins(in dir: TemporaryDirectory, rows: Int = 90) throws -> String {
        var rng = Xoshiro256StarStar(seed: 16)
        return try dir.write("penguins.csv", PenguinsLikeCSV.text(rows: rows, missingRate: 0.06, using: &rng))
    }

    @Test func aStudyOnTextColumnsAndMissingCellsRunsWithDefaultFlagsAndSaysWhatItDid() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-csv-study")
        defer { dir.remove() }
        _ = try Self.penguins(in: dir)
        let r = try Tuner.run(
            ["random", "--dataset", "penguins.csv", "--target", "species", "--trials", "3", "--json"], in: dir.url)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let summary = try parseJSONObject(try #require(r.lines.last))
        #expect(summary["complete"] as? Int == 3)
        let notes = r.stderr.split(separator: "\n").filter { $0.hasPrefix("note: ") }
        #expect(notes.count == 1)
        #expect(
            notes.first?.hasPrefix("note: penguins.csv: one-hot encoded island (3 categories), sex (2); imputed ")
                == true)
        #expect(notes.first?.hasSuffix(" missing cells (mean)") == true)
    }

    @Test func trainThenPredictOnFilesWithMissingCellsAndAnUnseenCategory() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-csv-train")
        defer { dir.remove() }
        _ = try Self.penguins(in: dir)
        let trained = try Tuner.run(
            [
                "train", "--dataset", "penguins.csv", "--target", "species", "--layers", "8", "--epochs", "3",
                "--out", "model.json",
            ], in: dir.url)
        #expect(trained.status == 0, "stderr: \(trained.stderr)")
        #expect(trained.stderr.hasPrefix("note: penguins.csv: one-hot encoded island (3 categories), sex (2)"))
        _ = try dir.write(
            "new.csv",
            """
            sex,year,body_mass_g,flipper_length_mm,bill_depth_mm,bill_length_mm,island,species
            male,2008,3800,191,18.5,39.1,Torgersen,Adelie
            NA,2008,5100,?,15.1,,Biscoe,Gentoo
            female,2009,3700,195,18.0,49.0,Atlantis,Chinstrap

            """)
        let predicted = try Tuner.run(["predict", "--model", "model.json", "--input", "new.csv"], in: dir.url)
        #expect(predicted.status == 0, "stderr: \(predicted.stderr)")
        #expect(predicted.lines.first == "line,predicted,p(Adelie),p(Chinstrap),p(Gentoo)")
        #expect(predicted.lines.filter { $0.first?.isNumber == true }.count == 3)
        #expect(
            predicted.stderr
                == "note: new.csv: imputed 3 missing cells (mean of the training rows); "
                + "1 cell of a category not seen in training (no indicator set)\n")
    }

    @Test func theFlagsChooseColumnsAndMissingCellsAndAMissingRegressionTargetDropsRows() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-csv-flags")
        defer { dir.remove() }
        _ = try Self.penguins(in: dir)
        let r = try Tuner.run(
            [
                "lr-find", "--dataset", "penguins.csv", "--target", "body_mass_g", "--categorical", "year",
                "--ignore-columns", "sex,species", "--missing", "median", "--missing-marker", "none",
            ], in: dir.url)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let note = try #require(r.stderr.split(separator: "\n").first)
        #expect(note.hasPrefix("note: penguins.csv: one-hot encoded island (3 categories), year (3); imputed "))
        #expect(note.contains(" missing cells (median); dropped ") && note.hasSuffix(" with a missing target"))
    }

    @Test func badValuesAreOneLineUsageErrorsNamingTheFlagOrField() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-csv-errors")
        defer { dir.remove() }
        _ = try Self.penguins(in: dir)
        let base = [
            "random", "--dataset", "penguins.csv", "--target", "species", "--trials", "1", "--storage", "memory",
        ]
        let cases: [([String], String)] = [
            (base + ["--missing", "zero"], "error: --missing 'zero' is not one of drop, mean, median, error\n"),
            (
                ["train", "--dataset", "penguins.csv", "--missing", "", "--out", "m.json"],
                "error: --missing '' is not one of drop, mean, median, error\n"
            ),
            (base + ["--max-categories", "0"], "error: --max-categories must be at least 1, got 0\n"),
            (
                ["train", "--dataset", "iris", "--categorical", "0", "--out", "m.json"],
                "error: --categorical applies to CSV files; 'iris' is a bundled dataset\n"
            ),
            (
                ["random", "--dataset", "iris", "--missing", "median", "--trials", "1", "--storage", "memory"],
                "error: missing: applies to CSV files; 'iris' is a bundled dataset\n"
            ),
            (
                base + ["--max-categories", "2"],
                "error: penguins.csv: column 'island' has 3 distinct values, more than the 2 categories allowed; "
                    + "leave it out with --ignore-columns island or raise --max-categories\n"
            ),
            (
                base + ["--ignore-columns", "isle"],
                "error: invalid --ignore-columns: unknown column 'isle' in penguins.csv; columns are 'species', "
                    + "'island', 'bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'sex', 'year'\n"
            ),
        ]
        for (arguments, expected) in cases {
            let r = try Tuner.run(arguments, in: dir.url)
            #expect(r.status == 2 && r.stderr == expected, "\(arguments): \(r.status) \(r.stderr)")
        }
        let missingError = try Tuner.run(base + ["--missing", "error"], in: dir.url)
        #expect(missingError.status == 2 && missingError.stderr.hasSuffix("or choose --missing mean, median or drop\n"))
        _ = try dir.write("spec.yaml", "dataset: penguins.csv\ntarget: species\nmissing: zero\n")
        let spec = try Tuner.run(["random", "--config", "spec.yaml", "--storage", "memory"], in: dir.url)
        #expect(
            spec.status == 2
                && spec.stderr == "error: spec.yaml:3: missing: 'zero' is not one of drop, mean, median, error\n")
    }
}
