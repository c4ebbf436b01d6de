import Foundation
import Randomness
import Testing

/// One generated input that broke a property: the seed that regenerates it, the input as text, and why.
struct Counterexample: Sendable {
    let seed: UInt64
    let input: String
    let reason: String

    var seedText: String { "0x" + String(seed, radix: 16) }

    /// `seed 0x…: <reason>; input: <input>`, on one line, the input cut to `limit` characters.
    func line(limit: Int = 600) -> String {
        "seed \(seedText) (replay: TUNER_FUZZ_REPLAY=\(seedText)): \(reason); input: "
            + Fuzz.escaped(input, limit: limit)
    }
}

/// What a property did: how many cases it ran and which failed.
struct FuzzReport: Sendable {
    let property: String
    let cases: Int
    let failures: [Counterexample]

    /// One counterexample per kind of failure (the reason's first words), the shortest input of each, at most
    /// eight: the most readable counterexamples of every distinct fault.
    var summary: String {
        var byKind: [String: Counterexample] = [:]
        for failure in failures {
            let kind = failure.reason.split(separator: " ").prefix(3).joined(separator: " ")
            if let known = byKind[kind], known.input.count <= failure.input.count { continue }
            byKind[kind] = failure
        }
        let shown = byKind.values.sorted { $0.input.count < $1.input.count }.prefix(8)
        var lines = [
            "\(property): \(failures.count) of \(cases) cases failed (run seed 0x"
                + String(FuzzConfiguration.seed, radix: 16) + "); the shortest of each kind:"
        ]
        lines += shown.map { "  " + $0.line() }
        return lines.joined(separator: "\n")
    }

    /// Records the summary as a test issue when a case failed.
    func expectNoFailures() {
        if !failures.isEmpty { Issue.record(Comment(rawValue: summary)) }
    }
}

/// The property runner: generates each case from its own seeded generator and checks it.
enum Fuzz {
    /// Where each case is announced before it is checked (set in a crash-guard child, so that a trap names the
    /// case that caused it); nil announces nothing.
    nonisolated(unsafe) static var caseLog: FileHandle?

    /// Runs `check` on `cases` generated inputs of `property`. `generate` builds an input from the case's
    /// generator; `describe` renders it for a report; `check` returns nil when the property holds, else why not.
    static func forAll<Input>(
        _ property: String, cases: Int,
        generate: (inout Xoshiro256StarStar) -> Input,
        describe: (Input) -> String,
        check: (Input) -> String?
    ) -> FuzzReport {
        let seeds = FuzzConfiguration.caseSeeds(property: property, count: cases)
        var failures: [Counterexample] = []
        for (index, seed) in seeds.enumerated() {
            var rng = Xoshiro256StarStar(seed: seed)
            let input = generate(&rng)
            let text = describe(input)
            if caseLog != nil {
                log("FUZZ-CASE \(property) #\(index) seed 0x\(String(seed, radix: 16)): \(escaped(text, limit: 400))")
            }
            if let reason = check(input) {
                let failure = Counterexample(seed: seed, input: text, reason: reason)
                failures.append(failure)
                log("FUZZ-FAIL \(property): " + failure.line(limit: 300))
                if FuzzConfiguration.verbose && caseLog == nil {
                    print("FUZZ-FAIL \(property): " + failure.line(limit: 300))
                }
            }
        }
        let report = FuzzReport(property: property, cases: seeds.count, failures: failures)
        print("fuzz \(property): \(report.cases) cases, \(failures.count) failing")
        return report
    }

    /// Writes one line to the case log at once (unbuffered), so that it survives a crash right after.
    static func log(_ line: String) {
        caseLog?.write(Data((line + "\n").utf8))
    }

    /// `text` on one line (line breaks and control characters escaped), cut to `limit` characters.
    static func escaped(_ text: String, limit: Int) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if out.count >= limit {
                out += "…(\(text.count) characters)"
                break
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f || (0xd800...0xdfff).contains(scalar.value) {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether `text` is at most one line (no line break inside, one optional at the end).
    static func isOneLine(_ text: String) -> Bool {
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return !body.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    }
}
