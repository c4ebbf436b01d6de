import Foundation
import Testing

@testable import Tuning

/// `optimize`'s workers start on threads whose refusal is seen: a silent refusal left `optimize` waiting for a
/// worker that never ran.
@Suite struct WorkerThreadTests {
    @Test func aStartedThreadRunsItsBody() throws {
        let done = DispatchSemaphore(value: 0)
        try WorkerThread.start(worker: 0, of: 1, stackSize: 1 << 20) { done.signal() }
        done.wait()
    }

    @Test func aThreadTheSystemRefusesIsAnError() {
        // A stack larger than any address space: pthread_create refuses it (EAGAIN, ENOMEM or EINVAL).
        do {
            try WorkerThread.start(worker: 2, of: 4, stackSize: 1 << 62) {}
            Issue.record("a thread with a 2⁶² byte stack was started")
        } catch {
            #expect(error.worker == 2 && error.workers == 4 && error.errorNumber != 0)
            #expect("\(error)".hasPrefix("cannot start worker thread 3 of 4: ") && !"\(error)".contains("\n"))
        }
    }
}
