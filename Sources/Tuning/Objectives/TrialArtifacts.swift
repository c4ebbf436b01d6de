import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A directory per trial for what a command writes (checkpoints, models, logs): `<root>/<study>/trial-<N>`,
/// made by `create` just before the trial's command starts (it is `TUNER_TRIAL_DIR` and `{trial_dir}`,
/// `TrialIdentity`), and, after the study, removed for every finished trial except the `keep` best complete
/// ones (`keepBest`), so the best models need no retraining and the disk does not fill up.
///
/// Only what this type made is ever removed: `create` makes the trial's directory itself (`mkdir`, which fails
/// when anything of that name exists) and only then records its absolute path in the trial's user attribute
/// `trial_dir`; `keepBest` removes a directory only when that attribute names exactly the path the trial's
/// number gives now, the trial is finished and was not imported (`tuner import` renames a source's `trial_dir`),
/// and the path and `<root>/<study>` are still directories (not symbolic links). Running and waiting trials keep
/// theirs, so workers sharing a study can each clean up after themselves.
///
/// The study's name is a directory name: a name that is not a valid `StudyName`, or is `.` or `..`, is refused.
public struct TrialArtifacts: Sendable, Equatable {
    /// The directory given (`--artifacts`, spec `artifacts`), relative to the working directory or absolute.
    public var root: String
    /// How many of the best complete trials keep their directories.
    public var keep: Int

    /// The default of `keep`.
    public static let defaultKeep = 3
    /// The user attribute that records the directory made for a trial.
    public static let directoryAttribute = "trial_dir"

    public init(root: String, keep: Int = defaultKeep) {
        self.root = root
        self.keep = keep
    }

    /// Why a trial's directory cannot be made.
    public enum ArtifactsError: Error, Equatable, CustomStringConvertible {
        case unsafeStudyName(String)
        case exists(String)
        case cannotCreate(String, reason: String)

        public var description: String {
            switch self {
            case .unsafeStudyName(let name):
                return "artifacts: the study name '\(name.escapingControlCharacters)' cannot be a directory name"
            case .exists(let path):
                return "artifacts: \(path.escapingControlCharacters) already exists (tuner makes each trial's "
                    + "directory itself; remove it or choose another --artifacts directory)"
            case .cannotCreate(let path, let reason):
                return "artifacts: cannot create \(path.escapingControlCharacters): \(reason)"
            }
        }
    }

    /// `<root>/<study>`, absolute.
    public func studyDirectory(_ study: String) throws -> URL {
        guard StudyName.isValid(study), study != ".", study != ".." else {
            throw ArtifactsError.unsafeStudyName(study)
        }
        return URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL
            .appendingPathComponent(study, isDirectory: true)
    }

    /// `<root>/<study>/trial-<number>`, absolute.
    public func directory(study: String, number: Int) throws -> URL {
        try studyDirectory(study).appendingPathComponent("trial-\(number)", isDirectory: true)
    }

    /// Makes the trial's directory (and `<root>/<study>` when missing); fails when the trial's directory exists.
    public func create(study: String, number: Int) throws -> URL {
        let parent = try studyDirectory(study)
        let url = try directory(study: study, number: number)
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw ArtifactsError.cannotCreate(parent.path, reason: (error as NSError).localizedDescription)
        }
        guard mkdir(url.path, 0o777) == 0 else {
            let code = errno
            if code == EEXIST { throw ArtifactsError.exists(url.path) }
            throw ArtifactsError.cannotCreate(url.path, reason: String(cString: strerror(code)))
        }
        return url
    }

    /// Whether `path` is a directory itself (a symbolic link to one is not).
    static func isRealDirectory(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
