import Foundation
import TestSupport
import Testing

@testable import Tuning

/// Hostile parameter values run through every form of template: each arrives as exactly itself and none
/// runs a command (the values try to create a marker file).
@Suite struct CommandInjectionTests {
    /// Values that end quoting, start commands or expand in every way a shell knows.
    static func hostileValues(marker: String) -> [String] {
        [
            "relu; touch \(marker) #", "'; touch \(marker); '", "\"; touch \(marker); \"", "$(touch \(marker))",
            "`touch \(marker)`", "a\nb; touch \(marker)", "*", " two  words ", "back\\slash\\", "'\"'\"'",
            "${IFS}$(touch \(marker))", "-n", "}{c}{", "'\"$(touch \(marker))\"'", "\\'; touch \(marker); #",
        ]
    }

    /// Templates and what each prints for value `v`.
    static let templates: [(String, @Sendable (String) -> String)] = [
        (#"printf '%s\n' {c}"#, { $0 }),
        (#"printf '%s\n' "[{c}]""#, { "[\($0)]" }),
        (#"printf '%s\n' 'v={c}'"#, { "v=\($0)" }),
        (#"printf '%s\n' ${UNSET_VARIABLE:-{c}}"#, { $0 }),
        (#"printf '%s\n' "$(printf '%s' {c})""#, { $0 }),
        (#"sh -c 'printf "%s\n" {c}'"#, { $0 }),
        (#"sh -c "printf '%s\n' '<{c}>'""#, { "<\($0)>" }),
        (#"bash -c 'printf "%s\n" "{c}"'"#, { $0 }),
        (#"sh -c 'sh -c '\''printf "%s\n" {c}'\'''"#, { $0 }),
        (#"sh -c "sh -c \"printf '%s\\n' {c}\"""#, { $0 }),
        ("cat <<EOF\n{c}\nEOF", { $0 }),
        ("# {c}\nprintf '%s\\n' {c} # {c}", { $0 }),
    ]

    /// Runs `script` with `environment` as the command objective does: `/bin/sh -c`, output captured.
    static func run(_ rendered: CommandTemplate.Rendered) throws -> String {
        let process = try CommandProcess(
            script: rendered.script, environment: rendered.environment, workingDirectory: nil)
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(process.output, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            data.append(contentsOf: chunk[0..<n])
        }
        _ = process.wait()
        process.release()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(arguments: 0..<templates.count) func valuesArriveWholeAndRunNothing(template: Int) throws {
        let scratch = try TemporaryDirectory(prefix: "command-injection")
        defer { scratch.remove() }
        let marker = scratch.path("pwned")
        let (text, expected) = Self.templates[template]
        for value in Self.hostileValues(marker: marker) {
            let output = try Self.run(try CommandTemplate(text).render(["c": .string(value)]))
            #expect(output == expected(value) + "\n", "template \(text), value \(value)")
            #expect(!FileManager.default.fileExists(atPath: marker), "template \(text), value \(value) ran")
        }
    }
}
