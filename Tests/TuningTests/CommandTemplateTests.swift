import Foundation
import Testing

@testable import Tuning

/// How a template is rendered: placeholders become references to environment variables, written for the
/// quoting they stand in; the values travel in the environment.
@Suite struct CommandTemplateTests {
    @Test func placeholdersBecomeReferencesForTheirQuoting() throws {
        let t = CommandTemplate(#"train --lr {lr} --name "{name}" 'f={flag}' {{lr}} ${HOME} {"step": 1} {1..3}"#)
        let rendered = try t.render(["lr": 0.001, "name": "it's; rm -rf /", "flag": true])
        let expected =
            #"train --lr "${TUNER_P_lr}" --name "${TUNER_P_name}" 'f='"${TUNER_P_flag}"''"#
            + #" {lr} ${HOME} {"step": 1} {1..3}"#
        #expect(rendered.script == expected)
        #expect(
            rendered.environment == ["TUNER_P_lr": "0.001", "TUNER_P_name": "it's; rm -rf /", "TUNER_P_flag": "true"])
        #expect(try t.placeholders() == ["lr", "name", "flag"])
        #expect(throws: CommandTemplate.TemplateError.unknownPlaceholder("units")) {
            try CommandTemplate("x {units}").render([:])
        }
        #expect(try CommandTemplate("x {units").render([:]).script == "x {units")
    }

    @Test func theDisplayFormShowsTheValuesQuoted() throws {
        let t = CommandTemplate("train --name {name} --lr {lr}")
        #expect(try t.display(["name": "a b", "lr": 0.5]) == "train --name 'a b' --lr 0.5")
    }

    @Test func theScriptOfANestedShellGetsReferencesForTheInnerShell() throws {
        let params: Parameters = ["lr": 0.01, "c": "x"]
        func script(_ text: String) throws -> String { try CommandTemplate(text).render(params).script }
        #expect(
            try script(#"sh -c 'python3 -c "print({lr})" --act {c}'"#)
                == #"sh -c 'python3 -c "print(${TUNER_P_lr})" --act "${TUNER_P_c}"'"#)
        #expect(try script(#"bash -lc "echo {c}""#) == #"bash -lc "echo \"\${TUNER_P_c}\"""#)
        #expect(try script(#"/bin/sh -c "echo '{c}'""#) == #"/bin/sh -c "echo ''\"\${TUNER_P_c}\"''""#)
    }

    @Test func placeholdersWhereNoReferenceIsSafeAreRefused() throws {
        let params: Parameters = ["c": "x", "n": 3]
        let cases: [(String, ShellPlaceholderError.Place)] = [
            ("echo `echo {c}`", .backquotes),
            ("echo $'{c}'", .dollarSingleQuotes),
            ("cat <<'EOF'\n{c}\nEOF", .quotedHereDocument),
            ("eval echo {c}", .evalArgument),
            (#"sh -c "echo $(echo {c})""#, .expansionInNestedScript),
            ("echo $(( {c} + 1 ))", .arithmeticNonNumber),
        ]
        for (text, place) in cases {
            #expect(throws: ShellPlaceholderError.unsafe("c", place), "\(text)") {
                try CommandTemplate(text).render(params)
            }
        }
        #expect(try CommandTemplate("echo $(( {n} + 1 ))").render(params).script == "echo $(( 3 + 1 ))")
        #expect(throws: ShellPlaceholderError.unsafe("c", .backquotes)) { try CommandTemplate("`{c}`").validate() }
    }

    @Test func namesThatMeetInOneVariableAreAnError() throws {
        #expect(throws: CommandTemplate.TemplateError.sameVariable("a-b", "a_b", variable: "TUNER_P_a_b")) {
            try CommandTemplate("echo {a-b}").render(["a-b": 1, "a_b": 2])
        }
        #expect(CommandTemplate.variableName("units.1") == "TUNER_P_units_1")
    }
}
