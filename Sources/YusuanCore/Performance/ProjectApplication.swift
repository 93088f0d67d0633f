/// 项目支出预算申报: everything a unit submits to apply for project money, and the review
/// sheets on which it and the finance bureau score the application.
public struct ProjectApplication: Sendable, Hashable, Codable {
    /// 项目基本信息表.
    public var project: Project
    /// 项目绩效目标表 (年度目标 and 绩效指标).
    public var target: PerformanceTarget
    /// 对下专项转移支付支出预算明细表 rows (合计 included).
    public var transfers: [TransferPayment]
    /// 项目政府采购表 rows (合计 included).
    public var procurement: [ProcurementItem]
    /// 项目政府购买服务表 rows (合计 included).
    public var services: [PurchasedService]
    /// 编审表, in printed order.
    public var reviewSheets: [ReviewSheet]
    /// Notes printed under the tables (`注：…`).
    public var notes: [String]

    public init(project: Project = Project(), target: PerformanceTarget = PerformanceTarget(),
                transfers: [TransferPayment] = [], procurement: [ProcurementItem] = [],
                services: [PurchasedService] = [], reviewSheets: [ReviewSheet] = [], notes: [String] = []) {
        self.project = project
        self.target = target
        self.transfers = transfers
        self.procurement = procurement
        self.services = services
        self.reviewSheets = reviewSheets
        self.notes = notes
    }

    /// The first review sheet of a kind.
    public func reviewSheet(_ kind: ReviewSheet.Kind) -> ReviewSheet? {
        reviewSheets.first { $0.kind == kind }
    }

    /// The 对下转移支付 rows without the 合计.
    public var transferRegions: [TransferPayment] { transfers.filter { !$0.isTotal } }
}
