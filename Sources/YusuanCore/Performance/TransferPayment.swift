/// A row of a 对下专项转移支付支出预算明细表: how much of a project passes down to a region,
/// year by year and by source.
public struct TransferPayment: Sendable, Hashable, Codable {
    /// 地区名称 (`玉溪市高新技术开发区`), or `合计`.
    public var region: String
    /// Per year, as printed.
    public var years: [Year]

    public init(region: String, years: [Year] = []) {
        self.region = region
        self.years = years
    }

    /// Whether this is the table's 合计 row.
    public var isTotal: Bool {
        let key = TextNormalization.removingSpaces(region)
        return key == "合计" || key == "总计"
    }

    /// The amounts for one year (nil for a year the row does not print).
    public func year(_ fiscalYear: Int) -> Year? { years.first { $0.fiscalYear == fiscalYear } }

    /// One year's amounts for a region; a blank cell is nil.
    public struct Year: Sendable, Hashable, Codable {
        /// The year the columns are under; nil when the table names none.
        public var fiscalYear: Int?
        /// 资金规模.
        public var total: Money?
        /// 上级补助.
        public var superiorTransfer: Money?
        /// 本级财政安排.
        public var localFiscal: Money?
        /// 单位自筹.
        public var selfRaised: Money?

        public init(fiscalYear: Int?, total: Money? = nil, superiorTransfer: Money? = nil, localFiscal: Money? = nil,
                    selfRaised: Money? = nil) {
            self.fiscalYear = fiscalYear
            self.total = total
            self.superiorTransfer = superiorTransfer
            self.localFiscal = localFiscal
            self.selfRaised = selfRaised
        }

        /// The amount in a source's column.
        public subscript(source: ProjectFundingSource) -> Money? {
            get {
                switch source {
                case .total: total
                case .superiorTransfer: superiorTransfer
                case .localFiscal: localFiscal
                case .selfRaised: selfRaised
                }
            }
            set {
                switch source {
                case .total: total = newValue
                case .superiorTransfer: superiorTransfer = newValue
                case .localFiscal: localFiscal = newValue
                case .selfRaised: selfRaised = newValue
                }
            }
        }

        /// Whether every cell is blank.
        public var isBlank: Bool { ProjectFundingSource.allCases.allSatisfy { self[$0] == nil } }
    }
}
