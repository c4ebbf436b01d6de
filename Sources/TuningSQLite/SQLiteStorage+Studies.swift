import Foundation
import GRDB
import Tuning

/// Studies: creation (name validated, spec stored as JSON) and lookup.
extension SQLiteStorage {
    public func createStudy(_ spec: StudySpec) throws {
        try StudyName.validate(spec.name)
        let json = try StorageJSON.encode(spec)
        try write { db in
            if try Int64.fetchOne(db, sql: "SELECT id FROM studies WHERE name = ?", arguments: [spec.name]) != nil {
                throw StorageError.studyExists(spec.name)
            }
            try db.execute(
                sql: "INSERT INTO studies (name, spec, created_at) VALUES (?, ?, ?)",
                arguments: [spec.name, json, Date().timeIntervalSince1970])
        }
    }

    public func study(named name: String) throws -> StudySpec? {
        guard
            let json = try read({ db in
                try String.fetchOne(db, sql: "SELECT spec FROM studies WHERE name = ?", arguments: [name])
            })
        else { return nil }
        return try StorageJSON.decode(StudySpec.self, from: json, what: "spec of study '\(name)'")
    }

    /// The names of every study in the file, sorted.
    public func studyNames() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM studies ORDER BY name") }
    }

    /// The row id of study `name`, or `studyNotFound`.
    func studyID(_ db: Database, _ name: String) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM studies WHERE name = ?", arguments: [name]) else {
            throw StorageError.studyNotFound(name)
        }
        return id
    }
}
