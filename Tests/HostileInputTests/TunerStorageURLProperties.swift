import Foundation
import Randomness
import TestSupport
import Testing

/// Hostile `--storage` texts given to the built `tuner`: no password (nor a piece of one) on stdout, stderr or
/// in the name of a file it creates; a failure is one line naming the storage; a misspelt scheme creates nothing.
@Suite struct TunerStorageURLProperties {
    struct Case: Sendable {
        let url: StorageURLCase
        let command: [String]
    }

    static func generate(_ rng: inout Xoshiro256StarStar) -> Case {
        let url = rng.hostileStorageURL()
        let command =
            rng.chance(0.5)
            ? ["studies", "--storage", url.text]
            : ["random", "--objective", "branin", "--trials", "1", "--study", "s", "--storage", url.text]
        return Case(url: url, command: command)
    }

    static func check(_ c: Case) -> String? {
        guard let dir = try? TemporaryDirectory(prefix: "hostile-url") else { return "no temporary directory" }
        defer { dir.remove() }
        // Every URL names a closed port, a misspelt scheme or no server: the command must fail.
        let (_, problem) = TunerInvariants.run(
            c.command, in: dir.url, names: ["storage", "--storage"], secrets: c.url.secrets, allowedStatuses: [1, 2])
        if let problem { return problem }
        let leakedFiles = TunerInvariants.files(under: dir.url, containing: c.url.secrets)
        if !leakedFiles.isEmpty { return "files named with the password: \(leakedFiles)" }
        if c.url.mustBeRefused, let created = FileManager.default.subpaths(atPath: dir.path("")), !created.isEmpty {
            return "'\(c.url.text)' created \(created)"
        }
        return nil
    }

    @Test func storageURLsNeverShowAPasswordAndMisspeltSchemesCreateNothing() throws {
        let report = Fuzz.forAll(
            "tuner --storage URLs", cases: FuzzConfiguration.cases(default: 10), generate: Self.generate,
            describe: { "tuner " + TunerInvariants.shown($0.command) }, check: Self.check)
        report.expectNoFailures()
    }
}
