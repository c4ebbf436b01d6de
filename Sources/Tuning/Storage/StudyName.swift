/// The rule study names follow (the `--study` flag, a spec's `study` field, persistent storages): 1 to 128
/// characters from `[A-Za-z0-9_.-]`, and neither `.` nor `..` (a name is also a directory name: `--artifacts`).
///
/// Names reach SQL only as bound parameters, but they also become file names in exports, labels in
/// Kubernetes manifests and words on a command line, so a conservative alphabet keeps every one of those safe.
public enum StudyName {
    /// The longest name allowed.
    public static let maximumLength = 128

    /// Whether `name` is allowed.
    public static func isValid(_ name: String) -> Bool { (try? validate(name)) != nil }

    /// Throws `StorageInputError.invalidStudyName` naming the rule `name` breaks.
    public static func validate(_ name: String) throws {
        guard !name.isEmpty else { throw StorageInputError.invalidStudyName(name, reason: "it is empty") }
        guard name != ".", name != ".." else {
            throw StorageInputError.invalidStudyName(name, reason: "'.' and '..' name directories, not studies")
        }
        guard name.utf8.count <= maximumLength else {
            throw StorageInputError.invalidStudyName(
                String(name.prefix(32)) + "…",
                reason: "longer than \(maximumLength) characters")
        }
        if let bad = name.unicodeScalars.first(where: { !isAllowed($0) }) {
            let shown =
                bad.properties.generalCategory == .control
                ? "U+\(String(bad.value, radix: 16, uppercase: true))"
                : "'\(bad)'"
            let printable = String(
                String.UnicodeScalarView(
                    name.unicodeScalars.map {
                        $0.properties.generalCategory == .control ? "?" : $0
                    }))
            throw StorageInputError.invalidStudyName(
                printable,
                reason: "character \(shown) is not allowed (use A-Z a-z 0-9 _ . -)")
        }
    }

    private static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "A"..."Z", "a"..."z", "0"..."9", "_", ".", "-": return true
        default: return false
        }
    }
}
