/// A parsed storage URL: where a study storage lives and how to open it. Made by a `StorageScheme`.
public struct StorageLocation: Sendable, CustomStringConvertible {
    /// The scheme's name (`memory`, `sqlite`, `postgresql`).
    public let scheme: String
    /// The URL with any password replaced by `***`: safe for logs, errors and progress lines.
    public let redacted: String
    /// The file the storage lives in, when it is a local file (SQLite): callers that must not create a
    /// storage can check that it exists before opening.
    public let localFile: String?
    /// Texts that, found in an error of `open`, show that the error already names this place (the redacted
    /// URL always counts); other errors are prefixed with the URL by whoever reports them.
    public let placeMarkers: [String]
    /// Opens (or creates) the storage.
    public let open: @Sendable () throws -> any StudyStorage

    public init(
        scheme: String, redacted: String, localFile: String? = nil, placeMarkers: [String] = [],
        open: @escaping @Sendable () throws -> any StudyStorage
    ) {
        self.scheme = scheme
        self.redacted = redacted
        self.localFile = localFile
        self.placeMarkers = placeMarkers
        self.open = open
    }

    /// Whether `message` already names this place (the redacted URL or one of `placeMarkers`).
    public func names(in message: String) -> Bool {
        message.contains(redacted) || placeMarkers.contains { message.contains($0) }
    }

    public var description: String { redacted }
}
