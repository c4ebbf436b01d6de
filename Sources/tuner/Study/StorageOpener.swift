import Tuning
import TuningSpec

/// Opens the storage a `--storage` value names.
enum StorageOpener {
    static func open(_ url: String?) throws -> any StudyStorage {
        switch url ?? "memory" {
        case "memory": return InMemoryStorage()
        default:
            throw SpecError(file: "--storage", line: nil, field: "", message: "'\(url!)' is not a storage this build supports (use memory)")
        }
    }
}
