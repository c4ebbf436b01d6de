import Foundation
import Randomness
import Testing

@testable import Tuning

/// Generated hostile `attrs` lines (seeded): parsing never traps, every entry is either stored or refused, and what
/// is stored keeps the rules (no reserved key, no control character, bounded sizes).
@Suite struct CommandAttributesPropertyTests {
    static let keys = [
        "model", "lease_until", "gp_theta", "trial_dir", "command", "", "a\nb", "tab\tkey", "ünïcødé", "k\u{0}",
        String(repeating: "x", count: 200), "retry_of", "✓", "\u{2028}",
    ]
    static let values = [
        #""text""#, #""line\nbreak\u0007""#, "12", "-0.5", "1e308", "1e999", "-1e999", "true", "null", "[1, [2]]",
        #"{"a": {"b": 1}}"#, "9223372036854775807", "18446744073709551616",
        #""\#(String(repeating: "v", count: 5000))""#,
        #""\u202e""#,
    ]

    /// One JSON string literal for `key`.
    static func literal(_ key: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [key], options: [.fragmentsAllowed])
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }

    @Test func generatedLinesAreStoredOrRefusedByTheRules() {
        var rng = Xoshiro256StarStar(seed: 15)
        for _ in 0..<300 {
            let count = Int.random(in: 0...8, using: &rng)
            var entries: [String: String] = [:]
            for _ in 0..<count {
                entries[Self.keys.randomElement(using: &rng)!] = Self.values.randomElement(using: &rng)!
            }
            let body = entries.map { "\(Self.literal($0.key)): \($0.value)" }.joined(separator: ", ")
            let line = #"{"attrs": {\#(body)}}"#
            guard let parsed = CommandOutputAttributes(parsing: line) else {
                Issue.record("no attributes in \(line.prefix(200))")
                continue
            }
            #expect(parsed.accepted.count + parsed.refused.count == entries.count, "\(line.prefix(200))")
            for (key, value) in parsed.accepted {
                #expect(!TrialAttributeKeys.isReserved(key) && !key.isEmpty && key.utf8.count <= 128)
                #expect(key.escapingControlCharacters == key && value.escapingControlCharacters == value)
                #expect(value.utf8.count <= CommandOutputAttributes.maximumValueBytes)
                #expect(value != "inf" && value != "-inf" && value != "nan")
            }
            for reason in parsed.refused { #expect(reason.escapingControlCharacters == reason && reason.count < 200) }
        }
    }
}
