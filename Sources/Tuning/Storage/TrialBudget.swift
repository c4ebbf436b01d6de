/// A storage that can create a trial only while the study has fewer than a given number of trials, atomically
/// (the count and the insert in one transaction). This is what lets any number of workers, in any number of
/// processes or machines, share one study and stop at exactly its budget: no check-then-create race can
/// overshoot it.
public protocol TrialBudgetStorage: StudyStorage {
    /// Inserts a trial built from `template` (its number is ignored) and returns it, unless the study already
    /// has `limit` or more trials, in which case it inserts nothing and returns nil.
    func createTrial(in study: String, _ template: Trial, ifFewerThan limit: Int) throws -> Trial?
}
