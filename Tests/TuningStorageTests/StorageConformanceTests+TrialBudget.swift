import Foundation
import Testing
import Tuning

/// `TrialBudgetStorage`: the budgeted insert never lets a study grow past its limit, even with many writers.
extension StorageConformanceTests {
    @Test("a budgeted insert stops at the limit and counts waiting and finished trials", arguments: StorageBackend.all)
    func budgetedInsert(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = Fixtures.spec()
        try storage.createStudy(spec)
        _ = try storage.createTrial(in: spec.name, Trial(state: .waiting))
        #expect(try storage.createTrial(in: spec.name, Trial(state: .running), ifFewerThan: 3)?.number == 1)
        #expect(try storage.createTrial(in: spec.name, Trial(state: .running), ifFewerThan: 3)?.number == 2)
        #expect(try storage.createTrial(in: spec.name, Trial(state: .running), ifFewerThan: 3) == nil)
        #expect(try storage.createTrial(in: spec.name, Trial(state: .running), ifFewerThan: 0) == nil)
        #expect(try storage.trials(in: spec.name).count == 3)
        let missing = Fixtures.uniqueName("missing")
        #expect(throws: StorageError.studyNotFound(missing)) {
            try storage.createTrial(in: missing, Trial(state: .running), ifFewerThan: 5)
        }
    }

    @Test("concurrent budgeted inserts create exactly the budget", arguments: StorageBackend.all)
    func concurrentBudget(_ backend: StorageBackend) throws {
        let spec = Fixtures.spec()
        try backend.open().createStudy(spec)
        let budget = 25
        let created = NumberLog()
        try Fixtures.concurrently(6) { _ in
            let storage = try backend.open()
            while let t = try storage.createTrial(in: spec.name, Trial(state: .running), ifFewerThan: budget) {
                created.append(t.number)
            }
        }
        #expect(created.sorted == Array(0..<budget))
        #expect(try backend.open().trials(in: spec.name).count == budget)
    }
}
