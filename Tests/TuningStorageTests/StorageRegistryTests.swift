import Testing
import Tuning
import TuningPostgres
import TuningSQLite
import TuningStorages

@Suite("Storage registry: URL schemes to backends")
struct StorageRegistryTests {
    /// A registry of two made-up schemes whose locations record which scheme parsed them.
    static let fakes = StorageRegistry(
        schemes: [
            StorageScheme(name: "one", example: "one://x", recognizes: { $0.hasPrefix("one://") }) { text, _ in
                StorageLocation(scheme: "one", redacted: text) { InMemoryStorage() }
            },
            StorageScheme(name: "two", example: "two://y", recognizes: { $0.hasPrefix("two://") }) { text, _ in
                StorageLocation(scheme: "two", redacted: text) { throw StorageError.backend("two is down") }
            },
        ],
        fallback: nil)

    @Test("each URL goes to the scheme that recognizes it")
    func schemeDispatch() throws {
        #expect(try Self.fakes.location(parsing: "one://a").scheme == "one")
        #expect(try Self.fakes.location(parsing: "  two://b ").scheme == "two")
        #expect(try Self.fakes.location(parsing: "  two://b ").redacted == "two://b")
        _ = try Self.fakes.open("one://a")
    }

    @Test("an unknown scheme is an error that lists the known ones")
    func unknownScheme() {
        #expect(
            throws: StorageInputError.invalidURL(
                redacted: "three://c",
                reason: "unknown scheme 'three' (use one://x or two://y)")
        ) {
            try Self.fakes.location(parsing: "three://c")
        }
        #expect(throws: StorageOpenError.invalid(.invalidURL(redacted: "", reason: "empty storage URL"))) {
            try Self.fakes.open("  ")
        }
    }

    @Test("without a fallback a plain text is an error; with one it goes there")
    func fallback() throws {
        #expect(throws: StorageInputError.self) { try Self.fakes.location(parsing: "plain.db") }
        let withFallback = StorageRegistry(schemes: Self.fakes.schemes, fallback: Self.fakes.schemes[1])
        #expect(try withFallback.location(parsing: "plain.db").scheme == "two")
    }

    @Test("an opening failure keeps the URL and the reason")
    func openingFailure() {
        #expect(
            throws: StorageOpenError.cannotOpen(
                redacted: "two://b", reason: "storage: two is down",
                namesLocation: false)
        ) {
            try Self.fakes.open("two://b")
        }
        let error = StorageOpenError.cannotOpen(redacted: "two://b", reason: "boom", namesLocation: false)
        #expect(error.description == "cannot open storage two://b: boom")
        #expect(
            StorageOpenError.cannotOpen(redacted: "x", reason: "x: boom", namesLocation: true).description
                == "x: boom")
    }

    @Test("the standard registry: memory, SQLite paths and bare file names")
    func standardNonNetworkForms() throws {
        let registry = StorageRegistry.standard
        #expect(try registry.location(parsing: "memory").scheme == "memory")
        #expect(try registry.location(parsing: "memory://").scheme == "memory")
        let absolute = try registry.location(parsing: "sqlite:///var/lib/tuner/studies.db")
        #expect(absolute.scheme == "sqlite" && absolute.localFile == "/var/lib/tuner/studies.db")
        #expect(try registry.location(parsing: "sqlite://runs/a.db").localFile == "runs/a.db")
        #expect(try registry.location(parsing: "sqlite:runs/a.db").localFile == "runs/a.db")
        #expect(try registry.location(parsing: "tuner.db").localFile == "tuner.db")
        #expect(try registry.location(parsing: "/tmp/x.db").redacted == "sqlite:///tmp/x.db")
        #expect(try registry.location(parsing: "memoryless.db").scheme == "sqlite")
        #expect(throws: StorageInputError.self) { try registry.location(parsing: "") }
        #expect(throws: StorageInputError.self) { try registry.location(parsing: "sqlite://") }
        #expect(
            throws: StorageInputError.invalidURL(
                redacted: "mysql://u@h/db",
                reason: "unknown scheme 'mysql' (use \(registry.usageHint))")
        ) {
            try registry.location(parsing: "mysql://u@h/db")
        }
    }

    @Test(
        "texts that are neither URLs nor database file paths are refused with the accepted forms",
        arguments: [
            "MEMORY", "not a url", "postgresql:/x", "postgres:tuner:pw@host", "Memory:", "tuner", "a:b.db",
            "SQLITE:///x.db", "sqlite", "db",
        ])
    func refusedTexts(_ text: String) {
        do {
            let location = try StorageRegistry.standard.location(parsing: text, environment: [:])
            Issue.record("'\(text)' was taken as \(location.redacted)")
        } catch {
            let message = "\(error)"
            #expect(message.hasPrefix("invalid storage URL '") && !message.contains("\n"))
            #expect(message.contains("memory, sqlite:///path.db, postgresql://user@host/db or a file path"))
            #expect(message.contains(".sqlite3") && !message.contains("tuner:pw"))
        }
        #expect(!SQLiteStorage.looksLikeDatabasePath(text))
    }

    @Test(
        "an SQLite path holding user:password@ is a mistyped URL: refused, the password in no file name",
        arguments: [
            "sqlite://tuner:Pw0rd-99@host/x.db", "postgresql//tuner:Pw0rd-99@h/db", "tuner:Pw0rd-99@h/x.db",
            "sqlite:tuner:Pw0rd-99@h/x.db", "runs/u:Pw0rd-99@h/x.db",
        ])
    func credentialsInSQLitePaths(_ text: String) {
        do {
            let location = try StorageRegistry.standard.location(parsing: text, environment: [:])
            Issue.record("'\(text)' was taken as the file \(location.localFile ?? "?")")
        } catch {
            #expect(!"\(error)".contains("Pw0rd-99") && "\(error)".hasPrefix("invalid storage URL"))
        }
        #expect((try? StorageRegistry.standard.location(parsing: "runs@2026/x.db"))?.localFile == "runs@2026/x.db")
    }

    @Test("plain paths with a '/' or a database ending are SQLite files; MEMORY hints at memory")
    func acceptedPlainPaths() throws {
        for text in ["tuner.db", "runs/a", "./studies", "/abs/x", "x.sqlite", "X.SQLITE3", "runs/2026-12-07T10:00.db"] {
            let location = try StorageRegistry.standard.location(parsing: text, environment: [:])
            #expect(location.scheme == "sqlite" && location.localFile == text)
        }
        #expect(try StorageRegistry.standard.location(parsing: "sqlite:any name").localFile == "any name")
        #expect(throws: StorageInputError.self) { try StorageRegistry.standard.location(parsing: "MEMORY") }
        do {
            _ = try StorageRegistry.standard.location(parsing: "MEMORY")
        } catch {
            #expect("\(error)".contains("did you mean 'memory'?"))
        }
        do {
            _ = try StorageRegistry.standard.location(parsing: "postgresql:/x")
        } catch {
            #expect("\(error)".contains("malformed postgresql URL"))
        }
    }

    @Test("the standard registry: postgresql:// and postgres:// go to PostgreSQL, password hidden")
    func standardPostgresForms() throws {
        for text in ["postgresql://tuner:pw@h:6543/db", "postgres://tuner:pw@h:6543/db"] {
            let location = try StorageRegistry.standard.location(parsing: text, environment: [:])
            #expect(location.scheme == "postgresql" && location.localFile == nil)
            #expect(location.redacted == "postgresql://tuner:***@h:6543/db")
        }
    }

    @Test("the standard registry opens memory; SQLite errors name the file")
    func standardOpening() throws {
        _ = try StorageRegistry.standard.open("memory")
        do {
            _ = try StorageRegistry.standard.open("sqlite:///nonexistent-directory-of-tuner-tests/x.db")
            Issue.record("opening a file in a missing directory should fail")
        } catch {
            guard case .cannotOpen(_, let reason, let namesLocation) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(namesLocation && reason.contains(SQLiteStorage.errorMarker))
            #expect(error.description == reason)
        }
    }
}
