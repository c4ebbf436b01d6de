/// Escaping of user-given names (parameters, choices, fields) before they are echoed in an error message, so that
/// every message stays on one line whatever the name contains.
extension String {
    /// The string with every control character written as a Swift escape: `\n`, `\r`, `\t`, `\0`, and
    /// `\u{…}` for the other C0/C1 controls and the line and paragraph separators U+2028, U+2029.
    ///
    /// Printable text, including backslashes, is left as it is, so escaping is idempotent (an escaped string has
    /// no control characters left) and names without control characters are echoed unchanged.
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: Self.needsEscape) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            case _ where Self.needsEscape(scalar):
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `scalar` would break a one-line message: general category Cc (C0, DEL, C1), Zl or Zp.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
