import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program the reader runs (poppler's pdftotext and pdftoppm, tesseract): found on the
/// PATH, its standard output collected and its error output kept for the message.
///
/// Started with posix_spawn and waited for with waitpid rather than Foundation's Process,
/// whose wait on Linux polls a run loop and added about 50 ms to every PDF read.
enum ExternalProgram {
    /// A program on the PATH.
    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `program` with `arguments` (and `environment` added to this process's): its
    /// standard output, its exit status and the first line of its error output.
    static func run(_ program: URL, _ arguments: [String], environment: [String: String]? = nil)
        throws(DocumentReadError) -> (output: Data, status: Int32, message: String) {
        // Pipes are made and programs started one thread at a time, so that no program
        // starts between a pipe's making and its ends being marked close-on-exec.
        spawning.lock()
        guard let output = Pipe(), let errors = Pipe() else {
            spawning.unlock()
            throw .unreadable(String(cString: strerror(errno)))
        }
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, errors.write, 2)

        let variables = ProcessInfo.processInfo.environment.merging(environment ?? [:]) { $1 }.map { "\($0)=\($1)" }
        let argv = ([program.path] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let started = posix_spawn(&pid, program.path, &actions, nil, argv, envp)
        spawning.unlock()
        close(output.write)
        close(errors.write)
        guard started == 0 else {
            close(output.read)
            close(errors.read)
            throw .unreadable("\(program.lastPathComponent): \(String(cString: strerror(started)))")
        }
        // Read both pipes before waiting, so that neither can fill and stall the program.
        let errorText = Box()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { errorText.data = readAll(errors.read) }
        let data = readAll(output.read)
        reading.wait()
        close(output.read)
        close(errors.read)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // Exited: the code in the second byte; killed: 128 + the signal, as a shell says.
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F
        let message = String(decoding: errorText.data, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        return (data, code, message)
    }

    /// A pipe whose ends are closed in every program started: only the ends given to a
    /// program as its output are open there (another thread's pipe left open in a child
    /// would keep that pipe from ending).
    private struct Pipe {
        let read: Int32
        let write: Int32

        init?() {
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { return nil }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            read = ends[0]
            write = ends[1]
        }
    }

    private static func readAll(_ descriptor: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            #if canImport(Glibc)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            #else
            let count = buffer.withUnsafeMutableBytes { Darwin.read(descriptor, $0.baseAddress, $0.count) }
            #endif
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                return data
            }
        }
    }

    private static let spawning = NSLock()

    private final class Box: @unchecked Sendable { var data = Data() }
}
