#if PostgreSQL
import Tuning

/// `tuner studies` on PostgreSQL: `studyNames()` (in `PostgresStorage.swift`) reads `tuner_studies` sorted by
/// name.
extension PostgresStorage: StudyListing {}
#endif
