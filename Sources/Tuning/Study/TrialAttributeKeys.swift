/// The user-attribute keys `tuner` writes on trials itself, for its own bookkeeping or as a record of the run.
///
/// Bookkeeping keys (a lease, a retry, the `bayes` and `nsga2` samplers' notes, starting with `gp_` and `nsga2_`)
/// serve the study's machinery: listings of a trial's attributes (`tuner show`, `tuner report`) leave them out.
/// Reserved keys (the bookkeeping ones, the command run and the trial's artifacts directory) cannot be set by a
/// command's `{"attrs": {…}}` output: a program cannot extend its lease, pose as a retry, feed the sampler's warm
/// start or make `tuner` remove a directory it did not make.
public enum TrialAttributeKeys {
    /// The bookkeeping keys, besides those starting with a `samplerNotePrefixes` entry.
    public static let bookkeeping: Set<String> = [
        TrialLease.untilKey, TrialLease.secondsKey, StaleTrials.retryOfKey, StaleTrials.retryCountKey,
    ]

    /// The prefix of the `bayes` sampler's notes.
    public static let samplerNotePrefix = "gp_"
    /// The prefixes of the samplers' notes: `bayes` (`gp_`) and `nsga2` (`nsga2_`).
    public static let samplerNotePrefixes = [samplerNotePrefix, "nsga2_"]

    /// The key holding the command a trial ran (with its values written in).
    public static let command = "command"

    /// The key naming where an imported trial came from (`tuner import`): such a trial ran elsewhere, so nothing
    /// of this study's machinery (its artifacts directory above all) belongs to it.
    public static let importedFrom = "imported_from"

    /// Whether `key` is bookkeeping (left out of listings).
    public static func isBookkeeping(_ key: String) -> Bool {
        bookkeeping.contains(key) || samplerNotePrefixes.contains { key.hasPrefix($0) }
    }

    /// Whether a command's output may not set `key`.
    public static func isReserved(_ key: String) -> Bool {
        isBookkeeping(key) || key == command || key == TrialArtifacts.directoryAttribute
    }

    /// `attributes` without the bookkeeping keys, sorted by key: what listings show.
    public static func shown(_ attributes: [String: String]) -> [(key: String, value: String)] {
        attributes.keys.sorted().filter { !isBookkeeping($0) }.map { ($0, attributes[$0]!) }
    }
}
