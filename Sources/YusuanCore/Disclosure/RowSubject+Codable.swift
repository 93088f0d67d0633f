/// `{"kind": "function", "code": "208"}`, `{"kind": "fundSource", "source": "otherRevenue"}`,
/// `{"kind": "grandTotal"}` …: the stable JSON form of a row's subject.
extension RowSubject: Codable {
    private enum CodingKeys: String, CodingKey { case kind, code, name, source, year, label }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .function(let code):
            try container.encode("function", forKey: .kind)
            try container.encode(code.digits, forKey: .code)
        case .economic(let code):
            try container.encode("economic", forKey: .kind)
            try container.encode(code.digits, forKey: .code)
        case .fundSource(let source):
            try container.encode("fundSource", forKey: .kind)
            try container.encode(source, forKey: .source)
        case .carriedOver(let source):
            try container.encode("carriedOver", forKey: .kind)
            try container.encode(source, forKey: .source)
        case .agency(let code, let name):
            try container.encode("agency", forKey: .kind)
            try container.encode(code, forKey: .code)
            try container.encode(name, forKey: .name)
        case .project(let name):
            try container.encode("project", forKey: .kind)
            try container.encode(name, forKey: .name)
        case .year(let year):
            try container.encode("year", forKey: .kind)
            try container.encode(year, forKey: .year)
        case .label(let label):
            try container.encode("label", forKey: .kind)
            try container.encode(label, forKey: .label)
        case .fiscalAppropriation, .currentYearTotal, .carryover, .yearEndBalance, .grandTotal:
            try container.encode(simpleName, forKey: .kind)
        }
    }

    private var simpleName: String {
        switch self {
        case .fiscalAppropriation: "fiscalAppropriation"
        case .currentYearTotal: "currentYearTotal"
        case .carryover: "carryover"
        case .yearEndBalance: "yearEndBalance"
        default: "grandTotal"
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        func code<C: HierarchicalCode>(_ type: C.Type) throws -> C {
            let digits = try container.decode(String.self, forKey: .code)
            guard let code = C(digits) else {
                throw DecodingError.dataCorruptedError(forKey: .code, in: container, debugDescription: "bad code \(digits)")
            }
            return code
        }
        switch kind {
        case "function": self = .function(try code(FunctionCode.self))
        case "economic": self = .economic(try code(EconomicCode.self))
        case "fundSource": self = .fundSource(try container.decode(FundSource.self, forKey: .source))
        case "carriedOver": self = .carriedOver(try container.decode(FundSource.self, forKey: .source))
        case "agency": self = .agency(code: try container.decode(String.self, forKey: .code),
                                      name: try container.decode(String.self, forKey: .name))
        case "project": self = .project(try container.decode(String.self, forKey: .name))
        case "year": self = .year(try container.decode(Int.self, forKey: .year))
        case "label": self = .label(try container.decode(String.self, forKey: .label))
        case "fiscalAppropriation": self = .fiscalAppropriation
        case "currentYearTotal": self = .currentYearTotal
        case "carryover": self = .carryover
        case "yearEndBalance": self = .yearEndBalance
        case "grandTotal": self = .grandTotal
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown row subject \(kind)")
        }
    }
}
