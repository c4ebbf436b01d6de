import Foundation
import TestSupport
import Testing
import Tuning
import TuningPostgres
import TuningSQLite

/// One storage implementation under test: a name for the test report and a factory for a fresh handle.
/// Handles of one backend value share their data (the same SQLite file, the same PostgreSQL database), as
/// two worker processes would; tests use unique study names, so they can run in parallel.
struct StorageBackend: Sendable, CustomTestStringConvertible {
    /// Everything a backend implements: the storage protocol and its atomic refinements.
    typealias Storage = StaleTrialSweeping & TrialBudgetStorage & UniqueParametersStorage & StudyAttributeStorage

    let name: String
    let open: @Sendable () throws -> any Storage

    var testDescription: String { name }

    static let memory: StorageBackend = {
        let shared = InMemoryStorage()
        return StorageBackend(name: "memory") { shared }
    }()

    /// An SQLite file in a fresh temporary directory.
    static func sqlite() -> StorageBackend {
        // The closure keeps the directory alive as long as the backend; it is removed afterwards.
        let directory = try? TemporaryDirectory(prefix: "tuner-storage-tests")
        return StorageBackend(name: "sqlite") {
            guard let directory else { throw StorageError.backend("cannot create a temporary directory") }
            return try SQLiteStorage(path: directory.path("studies.db"))
        }
    }

    #if PostgreSQL
        /// The test server (`TestPostgres.url`: `TUNER_TEST_POSTGRES_URL`, or the one `scripts/start-postgres`
        /// starts by default).
        static var postgresURL: String { TestPostgres.url }

        static func postgres() -> StorageBackend {
            StorageBackend(name: "postgresql") {
                let info = try PostgresConnectionInfo(parsing: postgresURL)
                return try PostgresRestartGate.shared.whileOpening { try PostgresStorage(info) } as any Storage
            }
        }
    #endif

    /// Every backend this build includes; the conformance suite runs each test once per backend.
    static var all: [StorageBackend] {
        var backends = [memory, sqlite()]
        #if PostgreSQL
            backends.append(postgres())
        #endif
        return backends
    }
}

/// Shared test data.
enum Fixtures {
    /// A study name no other test uses.
    static func uniqueName(_ prefix: String = "study") -> String {
        "\(prefix)-\(UUID().uuidString.prefix(12).lowercased())"
    }

    /// A search space with every kind of parameter.
    static let space: SearchSpace = {
        try! SearchSpace([
            .float("lr", 1e-5, 1e-1, log: true),
            .int("layers", 1, 4),
            .categorical("optimizer", [.string("adam"), .string("sgd")]),
            .categorical("nesterov", [.bool(true), .bool(false)]).when("optimizer", in: [.string("sgd")]),
            .fixed("epochs", .int(20)),
        ])
    }()

    static func spec(_ name: String = uniqueName()) -> StudySpec {
        StudySpec(
            name: name, direction: .maximize, space: space, seed: 42,
            userAttributes: ["objective": "digits", "budget": "200"])
    }

    static let params: Parameters = [
        "lr": .float(0.003), "layers": .int(2), "optimizer": .string("sgd"),
        "nesterov": .bool(true), "epochs": .int(20),
    ]

    /// Runs `body(i)` for i in 0..<count on `count` threads at once; rethrows the first error.
    static func concurrently(_ count: Int, _ body: @escaping @Sendable (Int) throws -> Void) throws {
        let errors = ErrorBox()
        DispatchQueue.concurrentPerform(iterations: count) { i in
            do { try body(i) } catch { errors.record(error) }
        }
        if let error = errors.first { throw error }
    }
}

/// The first error thrown on any thread.
final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    func record(_ error: any Error) { lock.withLock { if stored == nil { stored = error } } }
    var first: (any Error)? { lock.withLock { stored } }
}

/// Whether two optional dates agree to a millisecond (backends store seconds as doubles).
func sameTime(_ a: Date?, _ b: Date?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case (let x?, let y?): return abs(x.timeIntervalSince(y)) < 1e-3
    default: return false
    }
}
