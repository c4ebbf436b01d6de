import Foundation

/// Executes one run of a sweep and hands back its rows; throws `SweepRunFailure` with a one-line reason.
/// `workDirectory` is a directory the run may write its scratch files to (`<out>.parts`).
public protocol SweepLauncher: Sendable {
    func rows(of run: BenchmarkRunKey, trials: Int, workDirectory: String) throws -> [BenchmarkRow]
}

/// Why a run of a sweep failed, in one line.
public struct SweepRunFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ message: String) { description = message }
}

/// A launcher that calls a closure in this process (tests, or sweeps that need no isolation).
public struct ClosureLauncher: SweepLauncher {
    let body: @Sendable (BenchmarkRunKey, Int) throws -> [BenchmarkRow]

    public init(_ body: @escaping @Sendable (BenchmarkRunKey, _ trials: Int) throws -> [BenchmarkRow]) {
        self.body = body
    }

    public func rows(of run: BenchmarkRunKey, trials: Int, workDirectory: String) throws -> [BenchmarkRow] {
        try body(run, trials)
    }
}
