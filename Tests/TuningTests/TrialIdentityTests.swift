import Foundation
import TestSupport
import Testing

@testable import Tuning

/// `{trial}`, `{study}`, `{trial_dir}` and the `TUNER_*` variables: references, never shell syntax.
@Suite struct TrialIdentityTests {
    let identity = TrialIdentity(number: 7, study: "demo", directory: "/runs/demo/trial-7")

    @Test func identityPlaceholdersBecomeReferencesToTheirVariables() throws {
        let rendered = try CommandTemplate("run --n {trial} --s {study} --d {trial_dir} --x {x}")
            .render(["x": .float(0.5)], identity: identity)
        #expect(
            rendered.script
                == #"run --n "${TUNER_TRIAL}" --s "${TUNER_STUDY}" --d "${TUNER_TRIAL_DIR}" --x "${TUNER_P_x}""#)
        #expect(rendered.environment["TUNER_TRIAL"] == "7" && rendered.environment["TUNER_STUDY"] == "demo")
        #expect(rendered.environment["TUNER_TRIAL_DIR"] == "/runs/demo/trial-7")
        #expect(rendered.environment["TUNER_P_x"] == "0.5")
        let shown = try CommandTemplate("run {trial} '{study}' {trial_dir}").display([:], identity: identity)
        #expect(shown == "run 7 ''demo'' /runs/demo/trial-7")
    }

    @Test func theTrialNumberIsANumberInsideArithmetic() throws {
        let rendered = try CommandTemplate("echo $(( {trial} + 1 ))").render([:], identity: identity)
        #expect(rendered.script == "echo $(( 7 + 1 ))")
        #expect(throws: (any Error).self) {
            try CommandTemplate("echo $(( {study} + 1 ))").render([:], identity: identity)
        }
    }

    @Test func aParameterOfTheSameNameWins() throws {
        let rendered = try CommandTemplate("run {trial} {study}").render(["trial": .string("t")], identity: identity)
        #expect(rendered.script == #"run "${TUNER_P_trial}" "${TUNER_STUDY}""#)
        #expect(rendered.environment["TUNER_P_trial"] == "t" && rendered.environment["TUNER_TRIAL"] == "7")
    }

    @Test func withoutAnIdentityOrADirectoryThePlaceholdersAreErrors() throws {
        #expect(throws: CommandTemplate.TemplateError.unknownPlaceholder("trial")) {
            try CommandTemplate("run {trial}").render([:])
        }
        #expect(throws: CommandTemplate.TemplateError.noTrialDirectory) {
            try CommandTemplate("run {trial_dir}").render([:], identity: TrialIdentity(number: 1, study: "s"))
        }
        let noDirectory = try CommandTemplate("run {trial}").render([:], identity: TrialIdentity(number: 1, study: "s"))
        #expect(noDirectory.environment["TUNER_TRIAL_DIR"] == nil)
        #expect(throws: CommandTemplate.TemplateError.nulInValue("study")) {
            try CommandTemplate("run {study}").render([:], identity: TrialIdentity(number: 1, study: "a\u{0}b"))
        }
    }

    /// A hostile study name and directory reach the command as themselves, through every quoting.
    @Test func hostileIdentityValuesArriveAsThemselves() throws {
        let dir = try TemporaryDirectory()
        let marker = dir.path("pwned")
        let hostile = "x; touch \(marker) #$(touch \(marker))`touch \(marker)`'\""
        let identity = TrialIdentity(number: 3, study: hostile, directory: hostile + "/d")
        for template in [
            "printf '%s|%s' {study} {trial_dir}", #"printf '%s|%s' "{study}" "{trial_dir}""#,
            "printf '%s|%s' '{study}' '{trial_dir}'", #"sh -c 'printf "%s|%s" {study} {trial_dir}'"#,
        ] {
            let rendered = try CommandTemplate(template).render([:], identity: identity)
            let run = try ChildProcess.run(
                URL(fileURLWithPath: "/bin/sh"), ["-c", rendered.script], environment: rendered.environment)
            #expect(run.stdout == hostile + "|" + hostile + "/d", "\(template)")
        }
        #expect(!FileManager.default.fileExists(atPath: marker))
    }
}
