import Foundation
import TestSupport
import Testing

/// Package.swift and the sources agree: every module a target imports is one of its declared dependencies
/// (or a toolchain module), and every declared dependency is imported somewhere in the target.
@Suite("Imports match declared dependencies")
struct ImportDeclarationTests {
    static let manifest = Result { try PackageManifest.load() }

    /// One message per disagreement, naming the target, the module and a file.
    static func problems(in manifest: PackageManifest, root: URL) throws -> [String] {
        var problems: [String] = []
        for target in manifest.targets where target.hasSwiftSources {
            let imports = try SwiftImports.modules(in: root.appendingPathComponent(target.path), relativeTo: root)
            let declared = Set(target.dependencies)
            for (module, file) in imports.sorted(by: { $0.key < $1.key })
            where !declared.contains(module) && module != target.name
                && !SwiftImports.toolchainModules.contains(module)
            {
                problems.append("\(target.name): imports \(module) (\(file)) but does not declare it in Package.swift")
            }
            for dependency in target.dependencies where imports[dependency] == nil {
                problems.append("\(target.name): declares \(dependency) in Package.swift but no source imports it")
            }
        }
        return problems
    }

    @Test("every import is declared and every declared dependency is imported")
    func importsAreDeclaredAndUsed() throws {
        let manifest = try Self.manifest.get()
        #expect(manifest.target("Tuning") != nil, "the manifest has no Tuning target")
        for problem in try Self.problems(in: manifest, root: BuiltProducts.packageRoot) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test("the check sees an undeclared import and an unused dependency")
    func checkFindsBothKinds() throws {
        let scratch = try TemporaryDirectory(prefix: "architecture")
        defer { scratch.remove() }
        try FileManager.default.createDirectory(
            at: scratch.url.appendingPathComponent("Sources/A"),
            withIntermediateDirectories: true)
        try scratch.write("Sources/A/A.swift", "import Foundation\n@testable import B\nimport struct C.Thing\n")
        let json =
            #"{"targets": [{"name": "A", "type": "regular", "dependencies": "#
            + #"[{"byName": ["B", null]}, {"product": ["D", "d-package", null, null]}]}]}"#
        let manifest = try PackageManifest(json: Data(json.utf8))
        #expect(
            try Self.problems(in: manifest, root: scratch.url) == [
                "A: imports C (Sources/A/A.swift) but does not declare it in Package.swift",
                "A: declares D in Package.swift but no source imports it",
            ])
    }

    @Test("import declarations are recognized in all their forms")
    func importForms() {
        #expect(SwiftImports.module(importedBy: "import Tuning") == "Tuning")
        #expect(SwiftImports.module(importedBy: "  @testable import TuningSQLite") == "TuningSQLite")
        #expect(SwiftImports.module(importedBy: "@_exported import LinearAlgebra") == "LinearAlgebra")
        #expect(SwiftImports.module(importedBy: "import struct Foundation.URL") == "Foundation")
        #expect(SwiftImports.module(importedBy: "import COpenBLAS // C") == "COpenBLAS")
        #expect(SwiftImports.module(importedBy: "// import Yams") == nil)
        #expect(SwiftImports.module(importedBy: "let imported = 1") == nil)
        #expect(SwiftImports.module(importedBy: "\"import X\"") == nil)
        #expect(SwiftImports.module(importedBy: #"@Test("every import is declared")"#) == nil)
        #expect(SwiftImports.module(importedBy: "import is declared") == nil)
    }
}
