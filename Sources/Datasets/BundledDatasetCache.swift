import Foundation

/// Bundled datasets parsed once per process: `Dataset.bundled(_:)` is called for every trial of a tuning study,
/// and re-parsing digits' 117 k cells each time would cost more than a small training run. Datasets are values,
/// so handing out the cached copy is safe.
final class BundledDatasetCache: @unchecked Sendable {
    static let shared = BundledDatasetCache()

    private let lock = NSLock()
    private var datasets: [String: Dataset] = [:]

    /// The cached dataset for `entry`, loading it on first use (loading happens outside the lock; two threads may
    /// both load on a first concurrent call, with identical results).
    func dataset(for entry: BundledDataset) throws(DatasetError) -> Dataset {
        if let cached = lock.withLock({ datasets[entry.name] }) { return cached }
        let loaded = try entry.load()
        lock.withLock { datasets[entry.name] = loaded }
        return loaded
    }
}
