import Foundation
import Tuning

/// Maps storage URLs (`--storage`) to the backend that opens them, by scheme. Each backend provides its
/// `StorageScheme`; the registry trims the text and hands it to the first scheme that recognizes it. A text that
/// no scheme recognizes is an error that lists the accepted forms, or goes to `fallback` when there is one and
/// the text starts with no URL scheme. Every URL in a location or an error is redacted (`SecretRedaction`).
///
/// | text                                   | scheme       | storage                                        |
/// |----------------------------------------|--------------|------------------------------------------------|
/// | `memory`                               | `memory`     | `InMemoryStorage` (lost when the process ends)  |
/// | `sqlite:///abs/path.db`                | `sqlite`     | SQLite file at the absolute path `/abs/path.db` |
/// | `sqlite://relative.db`, `sqlite:rel.db`| `sqlite`     | SQLite file relative to the working directory   |
/// | `file.db`, `runs/x.sqlite`, `/abs/x`   | `sqlite`     | a path with a `/` or ending in `.db`, `.sqlite(3)` |
/// | `postgresql://user[:pw]@host[:port]/db`| `postgresql` | PostgreSQL (`postgres://` too)                  |
public struct StorageRegistry: Sendable {
    /// The registered schemes, in the order they are asked.
    public let schemes: [StorageScheme]
    /// The scheme of texts no scheme recognizes and that start with no URL scheme; nil makes them errors.
    public let fallback: StorageScheme?

    public init(schemes: [StorageScheme], fallback: StorageScheme? = nil) {
        self.schemes = schemes
        self.fallback = fallback
    }

    /// Parses `text` into a location without opening it. Throws `StorageInputError.invalidURL` (redacted) for
    /// an empty text, an unknown or malformed scheme, a text that is neither a URL nor a database file path,
    /// or a URL its scheme rejects.
    public func location(
        parsing text: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws
        -> StorageLocation
    {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw StorageInputError.invalidURL(redacted: "", reason: "empty storage URL") }
        let secrets = SecretRedaction.secrets(inURL: trimmed)
        if let scheme = schemes.first(where: { $0.recognizes(trimmed) }) {
            do {
                return try scheme.locate(trimmed, environment)
            } catch StorageInputError.invalidURL(let redacted, let reason) {
                throw StorageInputError.invalidURL(
                    redacted: SecretRedaction.redactURL(redacted),
                    reason: SecretRedaction.redact(message: reason, secrets: secrets))
            }
        }
        let shown = SecretRedaction.redactURL(trimmed)
        if let name = StorageScheme.urlScheme(of: trimmed) {
            let lowercased = name.lowercased()
            let known = schemes.contains { $0.recognizes(lowercased) || $0.recognizes(lowercased + "://x") }
            throw StorageInputError.invalidURL(
                redacted: shown,
                reason: known
                    ? "malformed \(name) URL (use \(usageHint))" : "unknown scheme '\(name)' (use \(usageHint))")
        }
        if let fallback { return try fallback.locate(trimmed, environment) }
        let suggestion = schemes.first { $0.example == trimmed.lowercased() }.map { "did you mean '\($0.example)'? " }
        throw StorageInputError.invalidURL(
            redacted: shown,
            reason: "neither a storage URL nor a database file path (\(suggestion ?? "")use \(usageHint))")
    }

    /// Parses and opens `text`. Throws `StorageOpenError`: `.invalid` for a text that does not parse,
    /// `.backendNotCompiled` for a backend missing from this build, `.cannotOpen` for every other failure.
    public func open(
        _ text: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StorageOpenError)
        -> any StudyStorage
    {
        let location: StorageLocation
        do {
            location = try self.location(parsing: text, environment: environment)
        } catch let error as StorageInputError {
            throw .invalid(error)
        } catch {
            throw .invalid(.invalidURL(redacted: "", reason: "\(error)"))
        }
        do {
            return try location.open()
        } catch StorageInputError.backendNotCompiled(let backend, let hint) {
            throw .backendNotCompiled(redacted: location.redacted, backend: backend, hint: hint)
        } catch {
            let message = SecretRedaction.redact(message: "\(error)", secrets: SecretRedaction.secrets(inURL: text))
            throw .cannotOpen(redacted: location.redacted, reason: message, namesLocation: location.names(in: message))
        }
    }

    /// The examples of every scheme: "memory, sqlite:///path.db, postgresql://user@host/db or a file path (…)".
    public var usageHint: String {
        let examples = schemes.map(\.example)
        guard examples.count > 1 else { return examples.first ?? "" }
        return examples.dropLast().joined(separator: ", ") + " or " + examples[examples.count - 1]
    }
}
