import Tuning

/// `tuner studies` on an SQLite file: `studyNames()` (in `SQLiteStorage+Studies.swift`) reads the `studies`
/// table sorted by name.
extension SQLiteStorage: StudyListing {}
