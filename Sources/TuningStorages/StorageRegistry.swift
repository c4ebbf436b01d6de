import Foundation
import Tuning

/// Maps storage URLs (`--storage`) to the backend that opens them, by scheme. Each backend provides its
/// `StorageScheme`; the registry trims the text, hands it to the first scheme that recognizes it, and gives a
/// text without `://` to its fallback scheme (plain file paths are SQLite files in `standard`).
///
/// | text                                   | scheme       | storage                                        |
/// |----------------------------------------|--------------|------------------------------------------------|
/// | `memory`                               | `memory`     | `InMemoryStorage` (lost when the process ends)  |
/// | `sqlite:///abs/path.db`                | `sqlite`     | SQLite file at the absolute path `/abs/path.db` |
/// | `sqlite://relative.db`, `file.db`      | `sqlite`     | SQLite file relative to the working directory   |
/// | `postgresql://user[:pw]@host[:port]/db`| `postgresql` | PostgreSQL (`postgres://` too)                  |
public struct StorageRegistry: Sendable {
    /// The registered schemes, in the order they are asked.
    public let schemes: [StorageScheme]
    /// The scheme of texts no scheme recognizes and that name no scheme (no `://`); nil makes them errors.
    public let fallback: StorageScheme?

    public init(schemes: [StorageScheme], fallback: StorageScheme? = nil) {
        self.schemes = schemes
        self.fallback = fallback
    }

    /// Parses `text` into a location without opening it. Throws `StorageInputError.invalidURL` (redacted) for
    /// an empty text, an unknown scheme or a URL its scheme rejects.
    public func location(
        parsing text: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws
        -> StorageLocation
    {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw StorageInputError.invalidURL(redacted: "", reason: "empty storage URL") }
        if let scheme = schemes.first(where: { $0.recognizes(trimmed) }) {
            return try scheme.locate(trimmed, environment)
        }
        if let separator = trimmed.range(of: "://") {
            let name = String(trimmed[..<separator.lowerBound])
            throw StorageInputError.invalidURL(
                redacted: "\(name)://…",
                reason: "unknown scheme '\(name)' (use \(usageHint))")
        }
        guard let fallback else {
            throw StorageInputError.invalidURL(redacted: trimmed, reason: "no scheme (use \(usageHint))")
        }
        return try fallback.locate(trimmed, environment)
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
            let message = "\(error)"
            throw .cannotOpen(redacted: location.redacted, reason: message, namesLocation: location.names(in: message))
        }
    }

    /// The examples of every scheme: "memory, sqlite:///path.db or postgresql://user@host/db".
    public var usageHint: String {
        let examples = schemes.map(\.example)
        guard examples.count > 1 else { return examples.first ?? "" }
        return examples.dropLast().joined(separator: ", ") + " or " + examples[examples.count - 1]
    }
}
