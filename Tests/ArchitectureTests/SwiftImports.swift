import Foundation

/// The modules Swift sources import, read from the text: `import X`, `@testable import X`,
/// `@_exported import X`, `import struct X.Y`. Imports inside `#if` count too (a trait-conditional dependency
/// is still a dependency).
enum SwiftImports {
    /// The module `line` imports, if it is an import declaration.
    static func module(importedBy line: Substring) -> String? {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
        // Attributes such as @testable or @_exported: `@` and an identifier, nothing else.
        while let first = words.first, first.hasPrefix("@"), isIdentifier(first.dropFirst()) {
            words = words.dropFirst()
        }
        guard words.first == "import", words.count >= 2 else { return nil }
        words = words.dropFirst()
        let kinds: Set<Substring> = ["typealias", "struct", "class", "enum", "protocol", "let", "var", "func"]
        if let kind = words.first, kinds.contains(kind), words.count >= 2 { words = words.dropFirst() }
        guard let path = words.first else { return nil }
        // Nothing but a comment or `;` may follow the module path.
        if let next = words.dropFirst().first, !next.hasPrefix("//"), !next.hasPrefix(";") { return nil }
        let module = path.split(separator: ".").first ?? ""
        return isIdentifier(module) ? String(module) : nil
    }

    /// Whether `text` is a Swift identifier (letters, digits and `_`, not starting with a digit).
    static func isIdentifier(_ text: Substring) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// Imported module → the first file (relative to `root`) that imports it, over the `.swift` files of
    /// `directory`.
    static func modules(in directory: URL, relativeTo root: URL) throws -> [String: String] {
        var found: [String: String] = [:]
        guard let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return found
        }
        let paths = files.compactMap { ($0 as? URL)?.path }.filter { $0.hasSuffix(".swift") }.sorted()
        for path in paths {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let relative = path.hasPrefix(root.path + "/") ? String(path.dropFirst(root.path.count + 1)) : path
            for line in text.split(separator: "\n") {
                if let module = module(importedBy: line), found[module] == nil { found[module] = relative }
            }
        }
        return found
    }

    /// Modules of the toolchain and the system, which no manifest declares.
    static let toolchainModules: Set<String> = [
        "Swift", "Foundation", "FoundationEssentials", "FoundationInternationalization", "FoundationNetworking",
        "FoundationXML", "CoreFoundation", "Dispatch", "Glibc", "Musl", "Darwin", "WinSDK", "Android",
        "Testing", "XCTest", "Synchronization", "Observation", "RegexBuilder", "Distributed", "_Concurrency",
        "_StringProcessing", "os", "SwiftShims",
    ]
}
