import Foundation
import GRDB
import Tuning

/// Study user attributes changed after creation: the spec is read, changed and written back in one IMMEDIATE
/// transaction, so concurrent changes of different keys (threads or processes) are all kept.
extension SQLiteStorage: StudyAttributeStorage {
    public func setStudyUserAttribute(in study: String, key: String, value: String) throws {
        try write { db in
            guard let json = try String.fetchOne(db, sql: "SELECT spec FROM studies WHERE name = ?", arguments: [study])
            else { throw StorageError.studyNotFound(study) }
            var spec = try StorageJSON.decode(StudySpec.self, from: json, what: "spec of study '\(study)'")
            spec.userAttributes[key] = value
            try db.execute(
                sql: "UPDATE studies SET spec = ? WHERE name = ?", arguments: [try StorageJSON.encode(spec), study])
        }
    }
}
