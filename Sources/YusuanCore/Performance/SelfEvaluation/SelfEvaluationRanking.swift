/// A ranking of projects by self-evaluation score, with their execution rates: what a bureau
/// lists for a region. Projects with a total rank first, highest first, equal totals sharing a
/// rank (1, 1, 3); projects whose total is still open follow unranked, by the points they have
/// for sure.
public struct RankedProject: Sendable, Hashable, Codable {
    /// 名次; nil while the total is open.
    public var rank: Int?
    public var name: String
    public var agency: String?
    public var total: DecimalNumber?
    public var range: Interval
    public var grade: Grade?
    /// 预算执行率 in %.
    public var executionRate: DecimalNumber?
}

extension SelfEvaluationScoring {
    public func ranking(_ projects: [ProjectSelfEvaluation]) -> [RankedProject] {
        let entries = projects.map { project -> RankedProject in
            let score = score(project)
            return RankedProject(rank: nil, name: project.name, agency: project.agency, total: score.total, range: score.range,
                                 grade: score.grade, executionRate: score.execution.rate)
        }
        // A stable order: by total (or, when open, the lower end), then as listed.
        let ordered = entries.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if (x.total != nil) != (y.total != nil) { return x.total != nil }
            let (kx, ky) = (x.total ?? x.range.lower, y.total ?? y.range.lower)
            return kx != ky ? kx > ky : a.offset < b.offset
        }.map(\.element)
        var result: [RankedProject] = []
        for (index, var entry) in ordered.enumerated() {
            if let total = entry.total {
                let previous = result.last
                entry.rank = previous?.total == total ? previous?.rank : index + 1
            }
            result.append(entry)
        }
        return result
    }
}
