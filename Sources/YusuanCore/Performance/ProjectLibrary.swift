/// 项目库: the project applications a bureau holds, one per 项目主码. An application enters
/// only whole and checked — a duplicate code or a funding disagreement (`libraryProblems`)
/// keeps it out and leaves the library as it was. Storage comes with the store module; this
/// is the invariant it will keep.
public struct ProjectLibrary: Sendable, Hashable, Codable {
    public private(set) var applications: [ProjectApplication]

    public init() {
        applications = []
    }

    /// Adds an application; throws, changing nothing, when it has no 项目主码, its code is
    /// already in the library, or its funding does not add up.
    public mutating func add(_ application: ProjectApplication) throws(ProjectLibraryError) {
        guard let code = application.project.primaryCode, !code.isEmpty else {
            throw ProjectLibraryError(problems: [.init(zh: "项目没有项目主码", en: "the project has no primary code")])
        }
        guard self.application(code: code) == nil else {
            throw ProjectLibraryError(problems: [.init(zh: "项目主码 \(code) 已在项目库中", en: "the primary code \(code) is already in the library")])
        }
        let problems = application.libraryProblems
        guard problems.isEmpty else { throw ProjectLibraryError(problems: problems.map(\.message)) }
        applications.append(application)
    }

    /// The application with a 项目主码.
    public func application(code: String) -> ProjectApplication? {
        applications.first { $0.project.primaryCode == code }
    }

    /// The applications of a 主管部门 (as printed).
    public func applications(department: String) -> [ProjectApplication] {
        applications.filter { $0.project.competentDepartment == department }
    }

    /// Every project's request by year, summed across the library (合计 rows).
    public var requestedByYear: [Int: Money] {
        var result: [Int: Money] = [:]
        for entry in applications.flatMap(\.project.funding) where entry.isTotal {
            result[entry.fiscalYear, default: .zero] = result[entry.fiscalYear, default: .zero] + entry.amount
        }
        return result
    }
}

/// Why an application did not enter the library.
public struct ProjectLibraryError: YusuanError, Hashable {
    public var problems: [BilingualMessage]

    public var message: BilingualMessage {
        .init(zh: "项目未入库：" + problems.map(\.zh).joined(separator: "；"),
              en: "the project was not added: " + problems.map(\.en).joined(separator: "; "))
    }
}
