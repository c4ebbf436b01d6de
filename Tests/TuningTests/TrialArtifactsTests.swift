import Foundation
import TestSupport
import Testing

@testable import Tuning

/// Per-trial directories: made before the command, seen by it, and only the best K kept; nothing else removed.
@Suite struct TrialArtifactsTests {
    let space = try! SearchSpace([.float("x", 0, 10)])

    /// A study whose command writes its identity into its directory and prints `x` as the value.
    func runStudy(_ dir: TemporaryDirectory, keep: Int, values: [Double]) throws -> (Study, TrialArtifacts) {
        let study = try Study(name: "demo", space: space, seed: 1)
        for x in values { try study.enqueue(["x": .float(x)]) }
        let artifacts = TrialArtifacts(root: dir.path("runs"), keep: keep)
        let objective = CommandObjective(
            #"printf '%s %s %s %s' {trial} "$TUNER_STUDY" "$TUNER_STORAGE" {study} > {trial_dir}/id; echo {x}"#,
            artifacts: artifacts, storage: "postgresql://user:s3cret-pw@host/db")
        try study.optimize(objective, trials: values.count)
        return (study, artifacts)
    }

    @Test func eachTrialSeesItsOwnDirectoryAndOnlyTheBestKRemain() throws {
        let dir = try TemporaryDirectory()
        let (study, artifacts) = try runStudy(dir, keep: 2, values: [5, 1, 4, 2, 3])
        let trials = try study.trials
        #expect(trials.allSatisfy { $0.state == .complete })
        for t in trials {
            let path = try artifacts.directory(study: "demo", number: t.number).path
            #expect(t.userAttributes[TrialArtifacts.directoryAttribute] == path)
            #expect(t.userAttributes["command"]?.contains(path) == true)
        }
        let id = try String(contentsOfFile: dir.path("runs/demo/trial-1/id"), encoding: .utf8)
        #expect(id == "1 demo postgresql://user:***@host/db demo")
        let cleanup = try artifacts.keepBest(in: study)
        #expect(cleanup.kept == [1, 3] && cleanup.removed.count == 3 && cleanup.failures.isEmpty)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path("runs/demo")).sorted()
        #expect(left == ["trial-1", "trial-3"])
    }

    @Test func maximizingKeepsTheHighestAndZeroKeepsNone() throws {
        let dir = try TemporaryDirectory()
        let (study, artifacts) = try runStudy(dir, keep: 1, values: [5, 1, 4])
        let trials = try study.trials
        #expect(artifacts.bestTrials(trials, direction: .maximize).map(\.number) == [0])
        var none = artifacts
        none.keep = 0
        none.keepBest(of: trials, study: "demo", direction: .minimize)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("runs/demo")).isEmpty)
    }

    @Test func whatTunerDidNotMakeIsNeverRemoved() throws {
        let dir = try TemporaryDirectory()
        let (study, artifacts) = try runStudy(dir, keep: 1, values: [1, 2, 3, 4])
        let fm = FileManager.default
        // A user's file next to the trial directories, a directory of a trial that never recorded one, a trial
        // directory replaced by a link to a directory outside, and a link inside a removed directory.
        try fm.createDirectory(atPath: dir.path("outside"), withIntermediateDirectories: true)
        try dir.write("outside/keep.txt", "mine")
        try dir.write("runs/demo/notes.txt", "mine")
        try fm.createDirectory(atPath: dir.path("runs/demo/trial-99"), withIntermediateDirectories: true)
        try fm.removeItem(atPath: dir.path("runs/demo/trial-2"))
        try fm.createSymbolicLink(atPath: dir.path("runs/demo/trial-2"), withDestinationPath: dir.path("outside"))
        try fm.createSymbolicLink(atPath: dir.path("runs/demo/trial-3/link"), withDestinationPath: dir.path("outside"))
        var trials = try study.trials
        trials.append(Trial(number: 99, state: .failed))
        trials[1].userAttributes[TrialArtifacts.directoryAttribute] = dir.path("elsewhere")
        artifacts.keepBest(of: trials, study: "demo", direction: .minimize)
        let left = try fm.contentsOfDirectory(atPath: dir.path("runs/demo")).sorted()
        #expect(left == ["notes.txt", "trial-0", "trial-1", "trial-2", "trial-99"])
        #expect(try String(contentsOfFile: dir.path("outside/keep.txt"), encoding: .utf8) == "mine")
    }

    @Test func runningTrialsKeepTheirDirectories() throws {
        let dir = try TemporaryDirectory()
        let (study, artifacts) = try runStudy(dir, keep: 0, values: [1, 2])
        var trials = try study.trials
        trials[0].state = .running
        artifacts.keepBest(of: trials, study: "demo", direction: .minimize)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("runs/demo")) == ["trial-0"])
    }

    @Test func anExistingDirectoryFailsTheTrialAndIsLeftAlone() throws {
        let dir = try TemporaryDirectory()
        try FileManager.default.createDirectory(
            atPath: dir.path("runs/demo/trial-0"), withIntermediateDirectories: true)
        try dir.write("runs/demo/trial-0/precious", "mine")
        let (study, artifacts) = try runStudy(dir, keep: 0, values: [1])
        let trial = try study.trials[0]
        #expect(trial.state == .failed)
        #expect(trial.failureReason?.contains("already exists") == true)
        #expect(trial.userAttributes[TrialArtifacts.directoryAttribute] == nil)
        try artifacts.keepBest(in: study)
        #expect(FileManager.default.fileExists(atPath: dir.path("runs/demo/trial-0/precious")))
    }

    @Test(arguments: [".", "..", "", "a/b", "../x", "a\u{0}b", String(repeating: "n", count: 129)])
    func unsafeStudyNamesAreRefused(name: String) {
        #expect(throws: TrialArtifacts.ArtifactsError.unsafeStudyName(name)) {
            try TrialArtifacts(root: "/tmp/runs").create(study: name, number: 0)
        }
    }
}

/// The recommended trial's directory stays even when it is not among the best K observed.
@Suite struct TrialArtifactsRecommendedTests {
    @Test func aTrialNamedInAlsoKeepingKeepsItsDirectory() throws {
        let dir = try TemporaryDirectory()
        let (study, artifacts) = try TrialArtifactsTests().runStudy(dir, keep: 1, values: [5, 1, 4])
        let cleanup = artifacts.keepBest(of: try study.trials, study: "demo", direction: .minimize, alsoKeeping: [2])
        #expect(cleanup.kept == [1, 2] && cleanup.removed.count == 1)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path("runs/demo")).sorted()
        #expect(left == ["trial-1", "trial-2"])
    }
}
