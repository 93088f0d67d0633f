import Foundation
import Hummingbird
import Logging
import YusuanStore

/// An error a user sees, in Chinese and English. The API answers it as JSON problem details
/// (RFC 9457, `application/problem+json`); pages show it in the site's layout.
struct Problem: Error, Sendable {
    var status: HTTPResponse.Status
    var zh: String
    var en: String
    /// Where in the input it happened, when there is such a place (a file, a field).
    var place: String?
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, zh: String, en: String, place: String? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.zh = zh
        self.en = en
        self.place = place
        self.headers = headers
    }

    static let signIn = Problem(.unauthorized, zh: "请先登录", en: "sign in first")
    static let forbidden = Problem(.forbidden, zh: "无权进行此操作", en: "not allowed")
    static func notFound(_ what: String) -> Problem {
        Problem(.notFound, zh: "没有这个\(what)", en: "no such \(what)")
    }

    /// The detail line: both languages, and the place.
    var detail: String {
        [zh, en].joined(separator: " / ") + (place.map { "（\($0)）" } ?? "")
    }
}

/// The body of a problem response.
struct ProblemDetails: Codable, Sendable {
    var type = "about:blank"
    var title: String
    var status: Int
    var detail: String
    var place: String?
}

/// Turns every error into a response: JSON problem details under `/api/` and `/openapi.yaml`,
/// an error page elsewhere; a redirect stays a redirect. Errors nobody expected are logged and
/// shown without their internals.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let pages: Pages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Self.problem(for: error, logger: context.logger)
            if (300..<400).contains(problem.status.code) {
                return Response(status: problem.status, headers: problem.headers)
            }
            if request.uri.path.hasPrefix("/api/") {
                return Self.json(problem)
            }
            // A page asked by someone not signed in: the sign-in page, then back here.
            if problem.status == .unauthorized {
                return .redirect(to: "/login?next=\(request.uri.path)", type: .found)
            }
            let page = pages.page("error", title: "出错了", context: context, model: [
                "status": Int(problem.status.code), "zh": problem.zh, "en": problem.en, "place": problem.place as Any,
            ])
            var response = try page.response(from: request, context: context)
            response.status = problem.status
            return response
        }
    }

    static func problem(for error: any Error, logger: Logger) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case StoreError.notFound(let entity, _):
            return .notFound(entity)
        case StoreError.conflict:
            return Problem(.conflict, zh: "数据已被他人修改，请刷新后重试", en: "the data changed meanwhile; reload and try again")
        case let error as HTTPError:
            var problem = Problem(error.status, zh: error.body ?? error.status.reasonPhrase, en: error.status.reasonPhrase)
            problem.headers = error.headers
            return problem
        case _ where StoreError.isUniqueViolation(error):
            return Problem(.conflict, zh: "已有同名或同年度的记录", en: "such a record exists already")
        case is DecodingError:
            return Problem(.badRequest, zh: "请求内容无法解析", en: "the request body could not be read",
                           place: (error as? DecodingError).map(Self.place))
        default:
            logger.error("unexpected error: \(String(reflecting: error))")
            return Problem(.internalServerError, zh: "服务器内部错误", en: "internal server error")
        }
    }

    static func json(_ problem: Problem) -> Response {
        let body = ProblemDetails(title: problem.status.reasonPhrase, status: Int(problem.status.code),
                                  detail: problem.detail, place: problem.place)
        var headers = problem.headers
        headers[.contentType] = "application/problem+json"
        return Response(status: problem.status, headers: headers,
                        body: .init(byteBuffer: ByteBuffer(bytes: (try? SortedJSON.data(body)) ?? Data())))
    }

    /// The JSON path of a decoding error (`lines[3].amount`).
    private static func place(_ error: DecodingError) -> String {
        let path: [any CodingKey]
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            path = c.codingPath + { if case .keyNotFound(let key, _) = error { [key] } else { [] } }()
        @unknown default:
            path = []
        }
        return path.reduce("") { text, key in
            if let index = key.intValue { return text + "[\(index)]" }
            return text.isEmpty ? key.stringValue : text + "." + key.stringValue
        }
    }
}
