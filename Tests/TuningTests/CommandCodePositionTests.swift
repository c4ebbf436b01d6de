import Foundation
import Randomness
import TestSupport
import Testing

@testable import Tuning

/// Placeholders standing where a shell may read the value as code (arithmetic, variable names, trap strings,
/// scripts on standard input) accept only plain words; everywhere a value reaches a program as data, any value
/// still arrives as itself.
@Suite struct CommandCodePositionTests {
    /// Templates in which a shell reads `{c}`'s value again: bash, dash, or (the top-level `[[`, `x=… true`,
    /// `<(…)`, `${a[…]}`) bash or ksh93 as `/bin/sh`.
    static let codeTemplates: [String] = [
        "bash -c '[[ {c} -eq 0 ]]; echo 1'", "bash -c '(( {c} )); echo 1'", "bash -c 'let x={c}; echo 1'",
        "bash -c 'declare -i n={c}; echo 1'", "bash -c 'test -v {c}; echo 1'", "bash -c '[[ -v {c} ]]; echo 1'",
        "bash -c 'printf -v {c} x; echo 1'", "bash -c 'read {c} <<< 1; echo 1'", "bash -c 'arr[{c}]=1; echo 1'",
        "bash -c 'declare {c}=1; echo 1'", "bash -c 'for ((i={c}; i<1; i++)); do :; done; echo 1'",
        "bash -c 'x={c}; echo $((x))'", #"sh -c "trap 'echo {c}' EXIT; echo 1""#, "bash -c 'e=eval; $e echo {c}'",
        ". /dev/stdin <<EOF\necho {c}\nEOF", "sh -s <<EOF\necho {c}\nEOF", "bash -c 'sh -s <<EOF\necho {c}\nEOF'",
        "echo {c} | sh", "sh -c 'echo {c}' | bash", "printf '%s\\n' {c} 2>&1 | sh", "bash -c 'sh <<< {c}'",
        "bash -c 'f() { (( $1 )); }; f {c}'", "bash <(echo {c})", "[[ {c} -eq 0 ]]", "x={c} true",
        "bash -c 'printf %d {c}'", "[[ $(printf %s {c}) -eq 0 ]]", "bash -c 'x=$1; echo $(( x ))' _ {c}",
        "echo ${a[{c}]}", "bash -c 'time -p let x={c}'", "bash -c '2>/dev/null let x={c}'",
        "env bash -c '[[ $1 -eq 0 ]]' _ {c}", "echo {c} | env sh", "bash -c 'declare -a \"a[{c}]\"'",
    ]

    /// Values that run `touch marker` in one of the templates above.
    static func hostileValues(marker: String) -> [String] {
        ["a[$(touch \(marker))]", "x; touch \(marker)", "$(touch \(marker))", "x\ntouch \(marker)"]
    }

    @Test(arguments: 0..<codeTemplates.count) func aValueThatCouldRunAsCodeIsRefused(template: Int) throws {
        let text = Self.codeTemplates[template]
        let scratch = try TemporaryDirectory(prefix: "code-position")
        defer { scratch.remove() }
        for value in Self.hostileValues(marker: scratch.path("pwned")) {
            #expect(throws: ShellPlaceholderError.self, "\(text) with \(value)") {
                try CommandTemplate(text).render(["c": .string(value)])
            }
            let space = [Parameter.categorical("c", ["relu", .string(value)])]
            #expect(throws: ShellPlaceholderError.self, "\(text) with \(value)") {
                try CommandTemplate(text).validate(space: space)
            }
        }
        _ = try CommandTemplate(text).render(["c": "relu_2.5"])
        _ = try CommandTemplate(text).render(["c": .int(-3)])
        try CommandTemplate(text).validate(space: [.categorical("c", ["relu", 1, true]), .float("x", 0, 1)])
    }

    @Test func theRefusalNamesThePlaceholderTheValueAndWhereItStands() throws {
        let space = [Parameter.categorical("c", ["ok", "a[$(touch /tmp/x)]\nb"])]
        do {
            try CommandTemplate("bash -c '[[ {c} -eq 0 ]]'").validate(space: space)
            Issue.record("not refused")
        } catch let error as ShellPlaceholderError {
            let text = error.description
            #expect(!text.contains("\n"))
            #expect(text.contains("{c}") && text.contains(#"'a[$(touch /tmp/x)]\nb'"#) && text.contains("[["))
        }
    }

    /// Templates in which `{c}` reaches a program (or a plain-text builtin) as data: any value is accepted.
    static let dataTemplates: [(String, @Sendable (String) -> String)] = [
        (#"python3 -c 'import sys; print(sys.argv[1])' {c}"#, { $0 }),
        (#"sh -c 'python3 -c "import sys; print(sys.argv[1])" {c}'"#, { $0 }),
        (#"if printf '%s\n' {c}; then :; fi"#, { $0 }),
        (#"printf '%s\n' {c} 2>&1 | cat"#, { $0 }),
        (#"env X={c} sh -c 'printf "%s\n" "$X"'"#, { $0 }),
        ("cat <<EOF | cat\n{c}\nEOF", { $0 }),
        (#"case {c} in *) printf '%s\n' {c};; esac"#, { $0 }),
        (#"echo "$(printf '%s' {c})" > /dev/null; printf '%-1s\n' {c}"#, { $0 }),
        (#"timeout 5 bash -c 'printf "%s\n" "{c}"'"#, { $0 }),
    ]

    @Test func hostileValuesStillArriveWholeWhereTheyAreData() throws {
        let scratch = try TemporaryDirectory(prefix: "code-position")
        defer { scratch.remove() }
        let marker = scratch.path("pwned")
        let values = CommandInjectionTests.hostileValues(marker: marker) + Self.hostileValues(marker: marker)
        for (text, expected) in Self.dataTemplates {
            try CommandTemplate(text).validate(space: [.categorical("c", values.map { .string($0) })])
            for value in values where !value.hasPrefix("-") {
                let output = try CommandInjectionTests.run(try CommandTemplate(text).render(["c": .string(value)]))
                #expect(output == expected(value) + "\n", "template \(text), value \(value)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    /// Generated values: a value with any character other than a plain word's is refused in every code
    /// position and accepted in every data position; a plain word is accepted everywhere and runs nothing.
    @Test func generatedValuesAreRefusedExactlyWhenTheyAreNotPlainWords() throws {
        var generator = Xoshiro256StarStar(seed: 13)
        let alphabet = Array("aZ09_.,:+@%/-") + Array(" \t\n;&|<>()$`'\"\\*?[]{}~#=!^")
        let scratch = try TemporaryDirectory(prefix: "code-position")
        defer { scratch.remove() }
        for _ in 0..<200 {
            let count = Int.random(in: 1...8, using: &generator)
            let value = String((0..<count).map { _ in alphabet.randomElement(using: &generator)! })
            let plain = value.allSatisfy { "aZ09_.,:+@%/-".contains($0) }
            #expect(CommandTemplate.isPlainShellWord(value) == plain, "\(value)")
            for text in Self.codeTemplates {
                let rendered = try? CommandTemplate(text).render(["c": .string(value)])
                #expect((rendered != nil) == plain, "template \(text), value \(value)")
            }
            for (text, _) in Self.dataTemplates {
                #expect(throws: Never.self) { try CommandTemplate(text).render(["c": .string(value)]) }
            }
        }
    }

    @Test func plainWordsInCodePositionsRunAsBefore() throws {
        for (text, expected) in [
            ("bash -c '[[ {c} -eq 7 ]] && echo yes'", "yes"), ("bash -c 'x={c}; echo $((x + 1))'", "8"),
            (#"sh -c "trap 'echo {c}' EXIT; true""#, "7"), ("sh -s <<EOF\necho {c}\nEOF", "7"),
        ] {
            #expect(try CommandInjectionTests.run(try CommandTemplate(text).render(["c": "7"])) == expected + "\n")
        }
    }
}
