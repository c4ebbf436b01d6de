import Foundation
import TestSupport
import Testing

/// The dependency table of ARCHITECTURE.md (`## Dependencies`) is the manifest's: one row per target that is
/// not test code, with exactly its direct dependencies.
@Suite("ARCHITECTURE.md documents the manifest's dependencies")
struct ArchitectureDocumentTests {
    /// One message per disagreement between the document and the manifest.
    static func problems(_ documented: DocumentedDependencies, _ manifest: PackageManifest) -> [String] {
        var problems = documented.duplicates.map { "ARCHITECTURE.md: more than one row for \($0)" }
        let targets = manifest.targets.filter { !$0.isTestCode }
        for target in targets {
            guard let listed = documented.rows[target.name] else {
                let dependencies =
                    target.dependencies.isEmpty
                    ? "nothing" : target.dependencies.joined(separator: ", ")
                problems.append("ARCHITECTURE.md: no row for target \(target.name) (depends on \(dependencies))")
                continue
            }
            for missing in target.dependencies where !listed.contains(missing) {
                problems.append("ARCHITECTURE.md: \(target.name) misses \(missing), declared in Package.swift")
            }
            for extra in listed where !target.dependencies.contains(extra) {
                problems.append("ARCHITECTURE.md: \(target.name) lists \(extra), not declared in Package.swift")
            }
        }
        let names = Set(targets.map(\.name))
        for row in documented.rows.keys.sorted() where !names.contains(row) {
            problems.append("ARCHITECTURE.md: row for \(row), which is not a (non-test) target of Package.swift")
        }
        return problems
    }

    @Test("the table lists every target with exactly its direct dependencies")
    func documentMatchesManifest() throws {
        let manifest = try ImportDeclarationTests.manifest.get()
        let text = try String(
            contentsOf: BuiltProducts.packageRoot.appendingPathComponent("ARCHITECTURE.md"),
            encoding: .utf8)
        for problem in Self.problems(try DocumentedDependencies(markdown: text), manifest) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test("the check sees missing rows, missing and extra dependencies")
    func checkFindsDifferences() throws {
        let markdown = """
            # Architecture
            ## Dependencies
            | target | depends on |
            |---|---|
            | `A` | `B`, `X` |
            | `Gone` | — |
            ## Next
            | `C` | `A` |
            """
        let documented = try DocumentedDependencies(markdown: markdown)
        #expect(documented.rows == ["A": ["B", "X"], "Gone": []])
        let json =
            #"{"targets": [{"name": "A", "type": "regular", "dependencies": [{"byName": ["B", null]}, "#
            + #"{"product": ["P", "p", null, null]}]}, {"name": "C", "type": "executable", "dependencies": []}, "#
            + #"{"name": "ATests", "type": "test", "dependencies": [{"byName": ["A", null]}]}]}"#
        #expect(
            Self.problems(documented, try PackageManifest(json: Data(json.utf8))) == [
                "ARCHITECTURE.md: A misses P, declared in Package.swift",
                "ARCHITECTURE.md: A lists X, not declared in Package.swift",
                "ARCHITECTURE.md: no row for target C (depends on nothing)",
                "ARCHITECTURE.md: row for Gone, which is not a (non-test) target of Package.swift",
            ])
        #expect(throws: DocumentError.self) { try DocumentedDependencies(markdown: "# Architecture\n") }
    }
}
