import Foundation
import TestSupport

/// The targets of `Package.swift` as `swift package dump-package` reports them (JSON): names, kinds, source
/// directories and direct dependencies (targets by name, products by product name).
struct PackageManifest {
    struct Target: Sendable, CustomStringConvertible {
        let name: String
        /// `regular`, `executable`, `test`, `system`, …
        let type: String
        /// The sources relative to the package root: `path` when the manifest gives one, else
        /// `Sources/<name>` (`Tests/<name>` for tests).
        let path: String
        /// Direct dependencies in manifest order: target names and product names (a product's name is the
        /// module it is imported as, for every product this package uses).
        let dependencies: [String]

        /// Test code: a test target, or a helper target whose sources are under `Tests/`.
        var isTestCode: Bool { type == "test" || path.hasPrefix("Tests/") }
        /// Whether the target has Swift sources to scan (system libraries have a module map only).
        var hasSwiftSources: Bool { type != "system" && type != "binary" && type != "plugin" }

        var description: String { name }
    }

    let targets: [Target]

    func target(_ name: String) -> Target? { targets.first { $0.name == name } }

    /// Decodes the JSON of `swift package dump-package`.
    init(json: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: json) as? [String: Any],
            let targets = root["targets"] as? [[String: Any]]
        else { throw ManifestError.unexpectedJSON("no 'targets' array") }
        self.targets = try targets.map { object in
            guard let name = object["name"] as? String, let type = object["type"] as? String else {
                throw ManifestError.unexpectedJSON("a target without name or type")
            }
            let defaultPath = (type == "test" ? "Tests/" : "Sources/") + name
            let dependencies = try (object["dependencies"] as? [[String: Any]] ?? []).map { dependency in
                // {"byName": [name, condition]}, {"target": [name, condition]},
                // {"product": [name, package, moduleAliases, condition]}
                guard let (_, value) = dependency.first, let parts = value as? [Any],
                    let dependencyName = parts.first as? String
                else { throw ManifestError.unexpectedJSON("a dependency of \(name) without a name") }
                return dependencyName
            }
            return Target(
                name: name, type: type, path: object["path"] as? String ?? defaultPath,
                dependencies: dependencies)
        }
    }

    /// Runs `swift package dump-package` in the package root. A scratch path of its own keeps it from waiting
    /// for the lock of `.build`, which the running `swift test` holds.
    static func load() throws -> PackageManifest {
        let scratch = try TemporaryDirectory(prefix: "dump-package")
        defer { scratch.remove() }
        let run = try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["swift", "package", "--scratch-path", scratch.url.path, "dump-package"],
            in: BuiltProducts.packageRoot)
        guard run.status == 0 else { throw ManifestError.dumpFailed(status: run.status, stderr: run.stderr) }
        return try PackageManifest(json: Data(run.stdout.utf8))
    }
}

enum ManifestError: Error, CustomStringConvertible {
    case dumpFailed(status: Int32, stderr: String)
    case unexpectedJSON(String)

    var description: String {
        switch self {
        case .dumpFailed(let status, let stderr): return "swift package dump-package exited with \(status): \(stderr)"
        case .unexpectedJSON(let reason): return "unexpected dump-package JSON: \(reason)"
        }
    }
}
