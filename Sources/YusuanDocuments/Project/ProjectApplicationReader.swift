import YusuanCore

/// Reads a 项目支出预算申报 (project expenditure budget application): 项目基本信息表,
/// 项目绩效目标表, 对下专项转移支付支出预算明细表, 项目政府采购表, 项目政府购买服务表 and
/// the 编审表 with their 部门自评 and 财政评审 scores.
public enum ProjectApplicationReader {
    /// Reads the pieces of a 项目支出预算申报 from the lines of a document. Lines it cannot
    /// place are returned as unrecognized with their location and a bilingual reason.
    ///
    /// Parts are found by their titles, or by their header rows when a title is missing;
    /// each part's rows are read by the labels and columns its header names, so the same
    /// form from another region or year reads too. The application is nil when no part of
    /// one was found.
    public static func read(_ lines: [SourceLine]) -> (application: ProjectApplication?, unrecognized: [Unrecognized]) {
        var reading = ProjectApplicationReading()
        for line in lines where !line.isBlank {
            reading.consume(line)
        }
        return reading.finish()
    }
}
