import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import YusuanTestSupport

/// `yusuan serve` as a user runs it, killed with SIGKILL while it stores a large upload: the
/// database it leaves is the one from before the upload, and it serves on after a restart.
/// An answer set once from another task.
final class Answer: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String??

    func set(_ value: String?) { lock.withLock { stored = .some(value) } }
    /// nil while unanswered.
    var value: String? { lock.withLock { stored ?? nil } }
}

@Suite("yusuan serve killed during an import", .serialized)
struct ServeKillTests {
    /// Its state is set once in `init`; `Process` may be signalled from any thread.
    final class Server: @unchecked Sendable {
        let process = Process()
        let port: Int
        var base: String { "http://127.0.0.1:\(port)" }

        init(database: String, port: Int) throws {
            self.port = port
            process.executableURL = Yusuan.binary
            process.arguments = ["serve", "--port", "\(port)", "--database-url", "sqlite:\(database)",
                                 "--seeds", Fixtures.url("seeds").path, "--examples", Fixtures.repository.appendingPathComponent("Examples").path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        func waitUntilUp() async throws {
            for _ in 0..<300 {
                if (try? await request("GET", "/health").0) == 200 { return }
                try await Task.sleep(for: .milliseconds(200))
            }
            Issue.record("the server did not start")
        }

        func kill() {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        func request(_ method: String, _ path: String, token: String? = nil, body: Data? = nil, type: String? = nil) async throws -> (Int, Data) {
            var request = URLRequest(url: URL(string: base + path)!)
            request.httpMethod = method
            request.httpBody = body
            request.timeoutInterval = 120
            if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
            if let type { request.setValue(type, forHTTPHeaderField: "Content-Type") }
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
        }

        func json(_ method: String, _ path: String, token: String? = nil, body: Data? = nil, type: String? = nil) async throws -> [String: Any] {
            let (_, data) = try await request(method, path, token: token, body: body, type: type)
            return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
        }

        func signIn() async throws -> String {
            let session = try await json("POST", "/api/session", body: Data(#"{"name":"admin","password":"admin-demo"}"#.utf8), type: "application/json")
            return try #require(session["token"] as? String)
        }

        func documentCount(_ token: String) async throws -> Int {
            (try await json("GET", "/api/documents", token: token)["documents"] as? [Any])?.count ?? -1
        }

        /// Starts an upload of `count` copies of the seeds (as administrator: each under the agency it names).
        func upload(copies count: Int, token: String) async throws -> String {
            let boundary = "kill-test"
            var body = Data()
            let seeds = try ["003_939434c505286c46.txt", "004_3523649cff0ce22a.txt"].map { try Data(contentsOf: Fixtures.url("seeds/\($0)")) }
            for index in 0..<count {
                body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"copy-\(index).txt\"\r\n\r\n".utf8))
                body.append(seeds[index % seeds.count])
                body.append(Data("\r\n".utf8))
            }
            body.append(Data("--\(boundary)--\r\n".utf8))
            let job = try await json("POST", "/api/imports", token: token, body: body, type: "multipart/form-data; boundary=\(boundary)")
            return try #require(job["id"] as? String)
        }

        /// Waits until every file of the import is read, then until a progress request goes
        /// unanswered for 300 ms (the storing transaction holds SQLite's one connection), and kills.
        func killWhileStoring(_ job: String, files: Int, token: String) async throws {
            for _ in 0..<3000 {
                let progress = try await json("GET", "/api/imports/\(job)", token: token)
                if progress["status"] as? String != "reading" || progress["done"] as? Int == files { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            for _ in 0..<200 {
                let answer = Answer()
                Task { [self] in answer.set(try? await status(ofImport: job, token: token)) }
                try await Task.sleep(for: .milliseconds(300))
                if answer.value == nil || answer.value == "succeeded" || answer.value == "failed" { break }
            }
            kill()
        }

        func status(ofImport id: String, token: String) async throws -> String {
            (try await json("GET", "/api/imports/\(id)", token: token)["status"] as? String) ?? "?"
        }
    }

    @Test("SIGKILL while a 120-file upload is being stored leaves the documents as they were; after a restart an upload stores")
    func killDuringImport() async throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-kill-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
        var port = Int.random(in: 20000..<40000)
        // A busy machine can make a progress request slow without the transaction holding the
        // connection, and the kill then comes after the commit. Each try must leave all or
        // nothing; up to three tries to catch one in the middle of the write.
        var caughtMidWrite = false
        for _ in 1...3 where !caughtMidWrite {
            let server = try Server(database: database, port: port)
            defer { if server.process.isRunning { server.kill() } }
            try await server.waitUntilUp()
            let token = try await server.signIn()
            let before = try await server.documentCount(token)
            #expect(before > 0)
            let job = try await server.upload(copies: 120, token: token)
            try await server.killWhileStoring(job, files: 120, token: token)

            port += 1
            let restarted = try Server(database: database, port: port)
            defer { restarted.kill() }
            try await restarted.waitUntilUp()
            let again = try await restarted.signIn()
            let after = try await restarted.documentCount(again)
            let status = try await restarted.status(ofImport: job, token: again)
            // Never part of the upload: all of it (the commit came first) or none of it.
            // (The import row says "failed" once it has stalled for two minutes.)
            #expect((after == before && status != "succeeded") || (after == before + 120 && status == "succeeded"),
                    "\(before) → \(after) documents, import \(status)")
            caughtMidWrite = after == before && status != "succeeded"
            restarted.kill()
            port += 1
        }
        #expect(caughtMidWrite, "no try caught the server while it stored the upload")

        // The database is whole: a new upload stores.
        let server = try Server(database: database, port: port)
        defer { server.kill() }
        try await server.waitUntilUp()
        let token = try await server.signIn()
        let before = try await server.documentCount(token)
        let again = try await server.upload(copies: 2, token: token)
        var status = ""
        for _ in 0..<600 where status != "succeeded" && status != "failed" {
            try await Task.sleep(for: .milliseconds(100))
            status = try await server.status(ofImport: again, token: token)
        }
        #expect(status == "succeeded")
        #expect(try await server.documentCount(token) == before + 2)
    }
}
