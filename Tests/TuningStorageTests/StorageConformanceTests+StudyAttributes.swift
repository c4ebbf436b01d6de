import Foundation
import Testing
import Tuning

/// `StudyAttributeStorage`: a study's user attributes change after creation, for every handle, atomically.
extension StorageConformanceTests {
    @Test("a study attribute set later is seen by every handle; the others are kept", arguments: StorageBackend.all)
    func setStudyAttribute(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = Fixtures.spec()
        try storage.createStudy(spec)
        try storage.setStudyUserAttribute(in: spec.name, key: "budget", value: "300")
        try storage.setStudyUserAttribute(in: spec.name, key: "note", value: "resumed")
        let reopened = try #require(try backend.open().study(named: spec.name))
        #expect(reopened.userAttributes == ["objective": "digits", "budget": "300", "note": "resumed"])
        #expect(reopened.space == spec.space && reopened.seed == spec.seed)
        let missing = Fixtures.uniqueName("missing")
        #expect(throws: StorageError.studyNotFound(missing)) {
            try storage.setStudyUserAttribute(in: missing, key: "a", value: "b")
        }
    }

    @Test("concurrent changes of different study attributes are all kept", arguments: StorageBackend.all)
    func concurrentStudyAttributes(_ backend: StorageBackend) throws {
        let spec = Fixtures.spec()
        try backend.open().createStudy(spec)
        try Fixtures.concurrently(6) { i in
            try backend.open().setStudyUserAttribute(in: spec.name, key: "k\(i)", value: "\(i)")
        }
        let attributes = try #require(try backend.open().study(named: spec.name)).userAttributes
        #expect((0..<6).allSatisfy { attributes["k\($0)"] == "\($0)" })
    }
}
