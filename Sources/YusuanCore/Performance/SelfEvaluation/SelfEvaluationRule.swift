/// Where the self-evaluation formulas come from, cited once so every formula can name it.
///
/// 《项目支出绩效评价管理办法》（财预〔2020〕10号）, 第二章 单位自评:
/// - weights: 原则上预算执行率和一级指标权重统一设置为 产出指标 50%、效益指标 30%、
///   服务对象满意度指标 10%、预算执行率 10%;
/// - 定量指标: 完成指标值的，记该指标所赋全部分值；未完成的，按照完成值与指标值的比例记分;
/// - 定性指标: 达成年度指标、部分达成年度指标并具有一定效果、未达成年度指标且效果较差三档，
///   分别按照该指标对应分值区间 100-80%（含）、80-60%（含）、60-0% 合理确定分值;
/// and, for grades, 总分一般设置为 100 分，等级一般划分为四档：90（含）-100 分为优、
/// 80（含）-90 分为良、60（含）-80 分为中、60 分以下为差.
public enum SelfEvaluationRule {
    /// The citation printed with scores.
    public static let source = "《项目支出绩效评价管理办法》（财预〔2020〕10号）"

    /// Points and rates are carried with this many decimals; totals print with 2.
    public static let workingDecimals = 4
    public static let printedDecimals = 2
}
