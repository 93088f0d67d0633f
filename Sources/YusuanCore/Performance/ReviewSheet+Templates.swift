/// The two 编审表 of Yunnan's 项目支出预算申报 as blank templates, with criteria and weights
/// as the forms print them, so a bureau can start a review from them.
extension ReviewSheet {
    /// 项目支出预算编审表: 项目目标 23, 项目计划 57, 项目管理 20.
    public static let standardProjectTemplate = template(title: "项目支出预算编审表", kind: .standardProject, outline: standardProjectOutline)

    /// The headings of 项目支出预算编审表, as a bureau's own template starts from them.
    public static let standardProjectOutline = [
        "一、项目目标(23分)",
        "1.1项目依据是否充分(8分)",
        "(1)项目的法律、法规、政策、会议纪要、领导批示等依据(8分)",
        "1.2项目目标是否明确(15分)",
        "(1)项目是否符合各级党委、政府确定的工作目标(6分)",
        "(2)项目目标是否明确(6分)",
        "(3)项目是否有明确的受益对象(3分)",
        "二、项目计划(57分)",
        "2.1项目计划是否可行(10分)",
        "(1)项目实施(工作)方案是否合理可行(10分)",
        "2.2项目绩效目标是否科学(27分)",
        "(1)项目绩效目标是否与部门整体支出绩效目标相符(8分)",
        "(2)项目绩效目标是否全面(6分)",
        "(3)项目绩效指标是否量化、可考核(8分)",
        "(4)项目是否具备相应的预算绩效管理制度(5分)",
        "2.3项目资金是否合理(20分)",
        "(1)项目资金安排是否有明确的标准或依据(10分)",
        "(2)项目资金安排是否充分细化，并在预算明细表中反映(10分)",
        "三、项目管理(20分)",
        "3.1项目管理是否有效(15分)",
        "(1)项目组织机构是否健全(4分)",
        "(2)项目实施主体责任是否明确(4分)",
        "(3)项目是否有节支或增效的改进措施(2分)",
        "(4)项目是否有规范的内控机制(5分)",
        "3.2财务管理是否规范(5分)",
        "(1)项目是否有健全的财务管理制度(5分)",
    ]

    /// 基本建设项目支出预算补充编审表: 建设立项要素 25, 项目开工建设条件 50, 项目年度预算 25.
    public static let capitalConstructionTemplate = template(
        title: "基本建设项目支出预算补充编审表", kind: .capitalConstruction,
        outline: [
            "一、建设立项要素(25分)",
            "(1)项目是否具备政府决定(5分)",
            "(2)项目是否编制可行性研究报告(10分)",
            "(3)项目可行性研究报告是否批复(10分)",
            "二、项目开工建设条件(50分)",
            "(1)项目是否编制环境影响评价文件并通过审批(6分)",
            "(2)项目是否通过建设用地预审(8分)",
            "(3)项目是否编制初步设计(10分)",
            "(4)项目初步设计是否批复(10分)",
            "(5)项目是否办理完成其他必要的行政许可事项(8分)",
            "(6)项目是否存在影响开工建设的重大障碍(8分)",
            "三、项目年度预算(25分)",
            "(1)项目是否编制年度建设计划(10分)",
            "(2)项目是否编制预算年度资金安排使用计划(10分)",
            "(3)上年延续项目以前年度资金安排及使用情况(5分)",
        ])

    /// A blank sheet from printed headings, one per line, in outline order.
    public static func template(title: String, kind: Kind, outline: [String]) -> ReviewSheet {
        var sheet = ReviewSheet(title: title, kind: kind)
        for line in outline {
            guard let heading = ReviewHeading(text: line) else {
                preconditionFailure("template heading without an outline number: \(line)")
            }
            sheet.add(heading)
        }
        return sheet
    }
}
