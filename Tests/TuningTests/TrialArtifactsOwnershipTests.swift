import Foundation
import TestSupport
import Testing

@testable import Tuning

/// Artifact cleanup removes only directories it can show this study made for the trial in this storage: an
/// imported trial's `trial_dir` (the source study's directory, or a forged one) and a study directory replaced
/// by a link out of the root are left alone.
@Suite struct TrialArtifactsOwnershipTests {
    let space = try! SearchSpace([.float("x", 0, 10)])

    /// `count` trials of study `demo` run with directories under `dir/runs`, and the artifacts setting.
    func run(_ dir: TemporaryDirectory, count: Int) throws -> (Study, TrialArtifacts) {
        let study = try Study(name: "demo", space: space, seed: 1)
        for x in 0..<count { try study.enqueue(["x": .float(Double(x))]) }
        let artifacts = TrialArtifacts(root: dir.path("runs"), keep: 0)
        let objective = CommandObjective("echo {x} > {trial_dir}/model; echo {x}", artifacts: artifacts)
        try study.optimize(objective, trials: count)
        return (study, artifacts)
    }

    @Test func anImportedTrialKeepsTheDirectoryItsAttributeNames() throws {
        let dir = try TemporaryDirectory()
        let (study, artifacts) = try run(dir, count: 2)
        var trials = try study.trials
        #expect(trials.allSatisfy { $0.userAttributes[TrialArtifacts.directoryAttribute] != nil })
        // Trial 0 as a storage that imported it before imports renamed `trial_dir` would hold it.
        trials[0].userAttributes[TrialAttributeKeys.importedFrom] = "study:demo#0"
        let cleanup = artifacts.keepBest(of: trials, study: "demo", direction: .minimize)
        #expect(cleanup.removed == [try artifacts.directory(study: "demo", number: 1).path])
        #expect(FileManager.default.fileExists(atPath: dir.path("runs/demo/trial-0/model")))
        #expect(!FileManager.default.fileExists(atPath: dir.path("runs/demo/trial-1")))
    }

    @Test func aStudyDirectoryReplacedByALinkOutOfTheRootIsNotEntered() throws {
        let dir = try TemporaryDirectory()
        let (study, artifacts) = try run(dir, count: 1)
        let fm = FileManager.default
        // The user's data elsewhere, laid out like the study's directory, and the study's directory a link to it.
        try fm.createDirectory(atPath: dir.path("elsewhere/trial-0"), withIntermediateDirectories: true)
        try dir.write("elsewhere/trial-0/data.txt", "mine")
        try fm.moveItem(atPath: dir.path("runs/demo"), toPath: dir.path("moved"))
        try fm.createSymbolicLink(atPath: dir.path("runs/demo"), withDestinationPath: dir.path("elsewhere"))
        let cleanup = artifacts.keepBest(of: try study.trials, study: "demo", direction: .minimize)
        #expect(cleanup.removed.isEmpty && cleanup.failures.isEmpty)
        #expect(try String(contentsOfFile: dir.path("elsewhere/trial-0/data.txt"), encoding: .utf8) == "mine")
    }
}
