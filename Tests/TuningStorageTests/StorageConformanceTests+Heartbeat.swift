import Foundation
import Testing
import Tuning

/// `TrialHeartbeat` against every backend: it refreshes a running trial and notices when the trial is gone.
extension StorageConformanceTests {
    /// Polls `condition` every 10 ms for up to 10 s.
    private func eventually(_ condition: () throws -> Bool) rethrows -> Bool {
        for _ in 0..<1000 {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    @Test(
        "the heartbeat pump refreshes a running trial and stops when it is failed elsewhere",
        arguments: StorageBackend.all)
    func heartbeatPump(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = Fixtures.spec()
        try storage.createStudy(spec)
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        let n = try storage.createTrial(in: spec.name, Trial(state: .running, startedAt: old, heartbeat: old)).number
        let pump = TrialHeartbeat(storage: try backend.open(), study: spec.name, number: n, interval: 0.02)
        #expect(try eventually { try storage.trials(in: spec.name)[n].heartbeat! > old.addingTimeInterval(1e6) })
        #expect(!pump.lostTrial)
        // Another worker fails the trial (as a stale sweep would): the pump notices and ends.
        try storage.finishTrial(in: spec.name, number: n, state: .failed, value: nil, reason: "stale", at: Date())
        #expect(eventually { pump.lostTrial })
        pump.stop()
        #expect(pump.failures.isEmpty)
    }
}
