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

        func status(ofImport id: String, token: String) async throws -> String {
            (try await json("GET", "/api/imports/\(id)", token: token)["status"] as? String) ?? "?"
        }
    }

    @Test("SIGKILL while a 120-file upload is being stored leaves the documents as they were; after a restart an upload stores")
    func killDuringImport() async throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("yusuan-kill-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
        let port = Int.random(in: 20000..<40000)

        let first = try Server(database: database, port: port)
        try await first.waitUntilUp()
        var token = try await first.signIn()
        let before = try await first.documentCount(token)
        #expect(before > 0)
        let job = try await first.upload(copies: 120, token: token)
        // Reading 120 files takes a while. Once all are read the server stores them in one
        // transaction, which holds SQLite's connection: a progress request then waits, and the
        // kill comes while it waits.
        var progress: [String: Any] = [:]
        for _ in 0..<3000 {
            progress = try await first.json("GET", "/api/imports/\(job)", token: token)
            if progress["status"] as? String != "reading" || progress["done"] as? Int == 120 { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(progress["done"] as? Int == 120, "\(progress)")
        // Ask again until a question goes unanswered for 300 ms: the transaction has the connection.
        let firstToken = token
        var stuck = false
        for _ in 0..<200 where !stuck {
            let answer = Answer()
            Task { [first, job, firstToken] in answer.set(try? await first.status(ofImport: job, token: firstToken)) }
            try await Task.sleep(for: .milliseconds(300))
            switch answer.value {
            case nil: stuck = true
            case "succeeded"?, "failed"?: Issue.record("the import ended before the kill: \(answer.value ?? "")"); stuck = true
            default: continue
            }
        }
        first.kill()

        let second = try Server(database: database, port: port + 1)
        defer { second.kill() }
        try await second.waitUntilUp()
        token = try await second.signIn()
        #expect(try await second.documentCount(token) == before)
        // The database is whole: a new upload stores.
        let again = try await second.upload(copies: 2, token: token)
        var status = ""
        for _ in 0..<600 where status != "succeeded" && status != "failed" {
            try await Task.sleep(for: .milliseconds(100))
            status = try await second.status(ofImport: again, token: token)
        }
        #expect(status == "succeeded")
        #expect(try await second.documentCount(token) == before + 2)
    }
}
