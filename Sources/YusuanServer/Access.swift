import YusuanStore

/// What a user may see. Anonymous visitors read published documents only; agency roles see
/// their own agency and the agencies under it; the bureau and administrators see everything.
struct Access {
    let user: UserRecord?
    let agencies: [AgencyRecord]

    var query: DocumentQuery {
        guard let user else { return DocumentQuery(statuses: [.published]) }
        switch user.role {
        case .bureauReviewer, .administrator:
            return DocumentQuery()
        case .agencyEditor, .agencyReviewer:
            return DocumentQuery(agencyIDs: visibleAgencyIDs(from: user.agencyID))
        }
    }

    func canRead(_ document: DocumentRecord) -> Bool {
        if document.status == .published { return true }
        guard let user else { return false }
        switch user.role {
        case .bureauReviewer, .administrator: return true
        case .agencyEditor, .agencyReviewer:
            guard let agencyID = document.agencyID else { return false }
            return visibleAgencyIDs(from: user.agencyID).contains(agencyID)
        }
    }

    /// An agency and its descendants (部门 → 单位).
    private func visibleAgencyIDs(from root: String?) -> [String] {
        guard let root else { return [] }
        var result = [root]
        var index = 0
        while index < result.count {
            let parent = result[index]
            result += agencies.filter { $0.parentID == parent }.map(\.id)
            index += 1
        }
        return result
    }
}
