/// A storage that can change a user attribute of a study after its creation, atomically (the stored spec is
/// read, changed and written back in one transaction, so two processes changing different keys both win).
/// Study commands use it to record a new budget when a study is resumed with another `--trials`, so that
/// every worker that joins the study later runs to the current budget.
public protocol StudyAttributeStorage: StudyStorage {
    /// Sets `key` to `value` in the user attributes of `study`'s spec; throws `studyNotFound` when there is no
    /// such study.
    func setStudyUserAttribute(in study: String, key: String, value: String) throws
}
