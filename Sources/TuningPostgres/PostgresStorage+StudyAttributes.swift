#if PostgreSQL
    import Foundation
    import PostgresNIO
    import Tuning

    /// Study user attributes changed after creation: the spec row is locked (`FOR UPDATE`), decoded, changed
    /// and written back in one transaction, so concurrent changes of different keys are all kept. Setting a
    /// value is idempotent, so a transaction retried after a lost connection does no harm.
    extension PostgresStorage: StudyAttributeStorage {
        public func setStudyUserAttribute(in study: String, key: String, value: String) throws {
            try session.transaction { run, _ in
                guard let row = try run("SELECT spec FROM tuner_studies WHERE name = \(study) FOR UPDATE").first
                else { throw StorageError.studyNotFound(study) }
                var spec = try StorageJSON.decode(
                    StudySpec.self, from: try row.decode(String.self), what: "spec of study '\(study)'")
                spec.userAttributes[key] = value
                let json = try StorageJSON.encode(spec)
                _ = try run("UPDATE tuner_studies SET spec = \(json) WHERE name = \(study)")
            }
        }
    }
#endif
