/// "三公"经费: 因公出国（境）费, 公务用车购置及运行费, 公务接待费 — from the general public
/// budget's appropriation. Totals are computed, never stored.
public struct ThreePublicExpenses: Sendable, Hashable, Codable {
    /// 因公出国（境）费
    public var overseasTravel: Money
    /// 公务用车购置费
    public var vehiclePurchase: Money
    /// 公务用车运行维护费
    public var vehicleOperation: Money
    /// 公务接待费
    public var reception: Money

    public init(overseasTravel: Money = .zero, vehiclePurchase: Money = .zero,
                vehicleOperation: Money = .zero, reception: Money = .zero) {
        self.overseasTravel = overseasTravel
        self.vehiclePurchase = vehiclePurchase
        self.vehicleOperation = vehicleOperation
        self.reception = reception
    }

    public static let zero = ThreePublicExpenses()

    /// 公务用车购置及运行费
    public var vehicles: Money { vehiclePurchase + vehicleOperation }

    /// 合计
    public var total: Money { overseasTravel + vehicles + reception }

    public subscript(item: ThreePublicItem) -> Money {
        switch item {
        case .total: total
        case .overseasTravel: overseasTravel
        case .vehicles: vehicles
        case .vehiclePurchase: vehiclePurchase
        case .vehicleOperation: vehicleOperation
        case .reception: reception
        }
    }
}

/// One figure of the "三公" table.
public enum ThreePublicItem: String, Sendable, Hashable, Codable, CaseIterable {
    case total
    case overseasTravel
    case vehicles
    case vehiclePurchase
    case vehicleOperation
    case reception

    public var chineseName: String {
        switch self {
        case .total: "合计"
        case .overseasTravel: "因公出国（境）费"
        case .vehicles: "公务用车购置及运行费"
        case .vehiclePurchase: "公务用车购置费"
        case .vehicleOperation: "公务用车运行费"
        case .reception: "公务接待费"
        }
    }
}
