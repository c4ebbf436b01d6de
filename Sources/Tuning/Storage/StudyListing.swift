/// A storage that can list its studies (`tuner studies`): the persistent backends, where studies outlive the
/// process that created them. `InMemoryStorage` does not conform: a new process never finds a study in it.
public protocol StudyListing: StudyStorage {
    /// The names of every study in the storage, sorted.
    func studyNames() throws -> [String]
}
