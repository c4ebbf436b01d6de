import Foundation
import Randomness
import Testing
import Tuning
import TuningSpec

/// Hostile spec and space files through the parser: a typed `SpecError` of one line naming the file, or a
/// spec that holds only finite numbers and a space that validates (and that the samplers then serve).
@Suite struct SpecFileProperties {
    static let cases = FuzzConfiguration.cases(default: 300)
    static let file = "hostile-spec.yaml"

    /// Nil when a parse error is acceptable: a `SpecError` of one line that names the file.
    static func checkError(_ error: any Error) -> String? {
        guard let specError = error as? SpecError else {
            return "untyped error \(type(of: error)): \(error)"
        }
        let text = "\(specError)"
        if !Fuzz.isOneLine(text) { return "error of several lines: \(text)" }
        if !text.contains(file) { return "error does not name the file: \(text)" }
        return nil
    }

    static func checkSpec(_ text: String) -> String? {
        let config: StudyConfig
        do {
            config = try StudyConfig(text: text, file: file)
        } catch {
            return checkError(error)
        }
        for (name, value) in [("timeout", config.timeout), ("heartbeat", config.heartbeat), ("grace", config.grace)] {
            if let value, !value.isFinite || value <= 0 { return "accepted \(name) = \(value)" }
        }
        if let space = config.space {
            do { _ = try SearchSpace(space) } catch { return "accepted a space that does not validate: \(error)" }
        }
        return nil
    }

    struct SpaceCase: Sendable {
        let text: String
        let sampler: String
        let seed: UInt64
    }

    static func generateSpaceFile(_ rng: inout Xoshiro256StarStar) -> SpaceCase {
        let draft = rng.hostileSpace()
        let text = draft.yaml(using: &rng)
        return SpaceCase(
            text: text, sampler: SearchSpaceProperties.samplerName(for: draft, using: &rng), seed: rng.next())
    }

    /// A space file parses to a space every sampler serves (the search-space property), or fails in one line.
    static func checkSpaceFile(_ c: SpaceCase) -> String? {
        let parameters: [Parameter]
        do {
            parameters = try StudyConfig.space(text: c.text, file: file)
        } catch {
            return checkError(error)
        }
        return SearchSpaceProperties.check(
            SearchSpaceProperties.Case(draft: SpaceDraft(parameters: parameters), sampler: c.sampler, seed: c.seed))
    }

    @Test func hostileSpecFilesGiveOneLineErrorsOrFiniteSpecs() async {
        await #expect(processExitsWith: .success) {
            CrashGuard.runChild("specs") {
                Fuzz.forAll(
                    "spec files", cases: SpecFileProperties.cases, generate: { $0.hostileSpec() },
                    describe: { $0 }, check: SpecFileProperties.checkSpec)
            }
        }
        CrashGuard.explain("specs", property: "spec files")
    }

    @Test func hostileSpaceFilesGiveOneLineErrorsOrServedSpaces() async {
        await #expect(processExitsWith: .success) {
            CrashGuard.runChild("space-files") {
                Fuzz.forAll(
                    "space files", cases: SpecFileProperties.cases, generate: SpecFileProperties.generateSpaceFile,
                    describe: { "\($0.sampler): \($0.text)" }, check: SpecFileProperties.checkSpaceFile)
            }
        }
        CrashGuard.explain("space-files", property: "space files")
    }
}
