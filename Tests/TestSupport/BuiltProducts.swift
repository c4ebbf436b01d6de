import Foundation

/// Where the package and its built executables are.
public enum BuiltProducts {
    /// The package root, from this file's path (`Tests/TestSupport/BuiltProducts.swift`).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The built executable `name`: beside the test bundle (the products directory), else in `.build/debug`.
    public static func executable(_ name: String) -> URL {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let beside = products.appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/\(name)")
    }
}

/// The built `tuner` binary, run as a user would.
public enum Tuner {
    public static let binary = BuiltProducts.executable("tuner")

    /// The package root (for reading docs and fixtures).
    public static var packageRoot: URL { BuiltProducts.packageRoot }

    /// Starts `tuner arguments…` in `directory` without waiting for it.
    public static func start(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        stdin: String? = nil
    ) throws -> ChildProcess {
        try ChildProcess(binary, arguments, in: directory, environment: environment, stdin: stdin)
    }

    /// Runs `tuner arguments…` to the end in `directory` (a fresh temporary one when nil).
    public static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        stdin: String? = nil
    ) throws -> ProcessResult {
        let scratch = directory == nil ? try TemporaryDirectory(prefix: "tuner-run") : nil
        let result = try start(arguments, in: directory ?? scratch?.url, environment: environment, stdin: stdin)
            .finish()
        scratch?.remove()
        return result
    }
}
