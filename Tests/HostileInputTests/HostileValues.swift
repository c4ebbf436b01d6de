import Foundation
import Randomness

/// The small draws every generator is built from: choices, sizes, and the hostile numbers and texts that
/// broke (or could break) a parser: the ends of Int and Double, NaN and infinity in every spelling, numbers
/// too large for a Float, shell and URL metacharacters, control bytes, very long runs.
extension Xoshiro256StarStar {
    /// An integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// One element of `items` (which must not be empty).
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }

    /// A random alphanumeric token of `length` characters.
    mutating func token(_ length: Int) -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return String((0..<length).map { _ in pick(alphabet) })
    }

    /// An Int from the ends of the type, around zero, or around a billion.
    mutating func hostileInt() -> Int {
        pick([
            0, 1, -1, 2, 3, 10, 100, -100, 1_000_000_000, -1_000_000_000, Int.max, Int.min, Int.max - 1,
            Int.min + 1, Int(Int32.max), 1 << 53, int(-20...20),
        ])
    }

    /// A Double from the ends of the type, the subnormals, or an ordinary range.
    mutating func hostileDouble() -> Double {
        pick([
            0, 1, -1, 0.5, 1e-300, 5e-324, -5e-324, 1e308, -1e308, .greatestFiniteMagnitude,
            -.greatestFiniteMagnitude, 1e39, -1e39, 1e30, .nan, .infinity, -.infinity, 1e-5, 0.1,
            Double.random(in: -10...10, using: &self), Double(Int.max), Double(Int.min),
        ])
    }

    /// A number as a user might write it in a file: ordinary, huge, tiny, NaN or infinity in any spelling,
    /// with a sign, in hex, with underscores, or not quite a number.
    mutating func hostileNumberText() -> String {
        pick([
            "0", "1", "-1", "0.5", "1e39", "-1e39", "1e308", "-1e308", "1e309", "1e400", "-1e400", "1e-400",
            "5e-324", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "99999999999999999999999999", "NaN", "nan", ".nan", ".NaN", "inf", "-inf", "+inf", "Infinity",
            ".inf", "-.inf", "0x10", "1_000", "1,5", "+3", " 2 ", "1e", "--1", "0.1.2", "١٢", "1e30", "3.0",
            "\(Double.random(in: -1000...1000, using: &self))", "\(int(-50...50))",
        ])
    }

    /// A text a parser should treat as an opaque string (or refuse), never as syntax.
    mutating func hostileText() -> String {
        pick([
            "", " ", "a", "relu; touch pwned #", "$(touch pwned)", "`id`", "'", "\"", "'\"'\"'", "{x}", "{",
            "a,b", "a\"b", "line\nbreak", "tab\there", "\u{0}", "\u{7f}", "é", "😀", "\u{FEFF}", "NA", "?",
            "true", "null", "~", "- item", "key: value", "#comment", "&anchor", "*alias", "!!binary", "%YAML",
            String(repeating: "x", count: int(1...3) * 1000), "../../etc/passwd", "C:\\x", "\\", "%s%n",
        ])
    }

    /// Bytes that are not text: random values, lone UTF-8 continuation bytes, NULs, an invalid UTF-8 start.
    mutating func garbageBytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in
            chance(0.3)
                ? pick([0x00, 0x80, 0xBF, 0xC0, 0xFF, 0xFE, 0x0A, 0x0D, 0x22, 0x7B])
                : UInt8.random(in: 0...255, using: &self)
        }
    }
}
