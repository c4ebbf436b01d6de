import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A command started as `/bin/sh -c script` in a process group of its own, with its standard output and error
/// on pipes, standard input on `/dev/null`, every signal at its default action (the parent's ignored SIGINT or
/// SIGPIPE is not inherited) and no other descriptor of the parent.
///
/// The group's first process is a guard, `( read _ <&3; kill -s KILL 0 ) &`, reading a pipe whose only writer
/// is this process: when the writer closes, because the trial has ended (`release()`) or because `tuner` has
/// died in any way (even SIGKILL), the guard kills the whole group, so nothing the command started can outlive
/// its trial. (Linux's `PR_SET_PDEATHSIG` would cover only the direct child, not what it starts.) The shell
/// then `exec`s the command itself, so the group's leader is the command's shell.
final class CommandProcess: @unchecked Sendable {
    /// The shell's process id, which is also the process group id.
    let pid: pid_t
    /// The read ends of the standard output and error pipes (owned: closed on deinit).
    let output: Int32
    let errors: Int32
    private let lock = NSLock()
    private var guardWriter: Int32

    /// How the command's shell ended.
    enum Termination: Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    /// What the wrapping shell runs: `$1` is the command's script, `$2` its working directory (if any).
    static let wrapper =
        "( trap '' INT TERM HUP; read _ <&3; kill -s KILL 0 ) </dev/null >/dev/null 2>&1 & exec 3<&-; "
        + "if [ -n \"$2\" ]; then cd -- \"$2\" || exit 126; fi; exec /bin/sh -c \"$1\""

    init(script: String, environment: [String: String], workingDirectory: String?) throws {
        let out = try Self.makePipe()
        let err = try Self.makePipe()
        let guardPipe = try Self.makePipe()
        let childEnds = [out.writer, err.writer, guardPipe.reader]
        defer { for fd in childEnds { close(fd) } }

        #if canImport(Darwin)
            var actions: posix_spawn_file_actions_t? = nil
            var attributes: posix_spawnattr_t? = nil
        #else
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, out.writer, 1)
        posix_spawn_file_actions_adddup2(&actions, err.writer, 2)
        posix_spawn_file_actions_adddup2(&actions, guardPipe.reader, 3)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        #if !canImport(Darwin)
            // No other descriptor of this process reaches the command (glibc ignores closing one not open).
            for fd in Self.openDescriptors() where fd > 3 {
                posix_spawn_file_actions_addclose(&actions, fd)
            }
        #endif

        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var flags = Int32(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)
        #if canImport(Darwin)
            flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))
        posix_spawnattr_setpgroup(&attributes, 0)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)

        let arguments = ["/bin/sh", "-c", Self.wrapper, "/bin/sh", script, workingDirectory ?? ""]
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }
        var pid: pid_t = 0
        let status = Self.withCStrings(arguments) { argv in
            Self.withCStrings(variables) { envp in
                posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
            }
        }
        guard status == 0 else {
            for fd in [out.reader, err.reader, guardPipe.writer] { close(fd) }
            throw CommandSpawnError(errno: status)
        }
        self.pid = pid
        self.output = out.reader
        self.errors = err.reader
        self.guardWriter = guardPipe.writer
    }

    deinit {
        release()
        close(output)
        close(errors)
    }

    /// Waits for the shell to exit and reaps it.
    func wait() -> Termination {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }

    /// Closes the guard's pipe: the guard kills whatever is left of the process group.
    func release() {
        let fd = lock.withLock { () -> Int32 in
            defer { guardWriter = -1 }
            return guardWriter
        }
        if fd >= 0 { close(fd) }
    }

    /// A pipe whose two ends are closed on exec (the child gets its ends by `dup2`, which clears the flag).
    static func makePipe() throws -> (reader: Int32, writer: Int32) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw CommandSpawnError(errno: errno) }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    /// The descriptors open in this process (Linux: the entries of /proc/self/fd).
    static func openDescriptors() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap { Int32($0) }
    }

    static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { for p in pointers { free(p) } }
        return body(pointers)
    }
}

/// The command could not be started.
public struct CommandSpawnError: Error, Equatable, CustomStringConvertible {
    public var errno: Int32
    public var description: String { "cannot start /bin/sh: " + String(cString: strerror(errno)) }
}
