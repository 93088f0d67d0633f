/// The words `SubjectExtraction` takes for decoration rather than subject. They are general
/// Chinese budget-prose wording, not any one document's.
extension SubjectExtraction {
    /// How documents refer to their issuing agency without naming it.
    static let selfReferences = ["本部门", "本单位", "我单位", "我部门", "本机关", "我机关", "本局", "我局", "本处", "我处", "本站", "我站"]
    /// Verbs of holding that separate a holder from what is held (`各预算单位共有车辆`).
    static let holdings = ["共有", "现有", "拥有"]

    /// Connectives and context words a subject does not begin with.
    static let leadingWords = [
        "本级及下属", "本级和下属", "主要包括", "主要是", "主要为", "主要有", "其中", "包括", "分别为", "分别是", "具体为", "具体是", "截至", "截止",
        "以及", "另外", "此外", "同时", "全部", "合计", "共计", "保有", "下设", "下属", "所属", "涉及",
        "(含)", "本年度", "以上的", "以下的", "以上", "以下", "即", "及", "和", "与", "并", "且", "的", "为", "是", "等", "共",
    ]
    /// Predicates between a subject and its number (`为`, `预算数为`, `合计`, `共`, `不少于`).
    static let trailingWords = [
        "分别为", "分别是", "预算数为", "预算数是", "预算数", "共计", "合计", "总计", "达到", "约为",
        "不少于", "不低于", "不超过", "不高于", "不多于", "超过", "低于", "高于", "少于", "多于",
        "共", "约", "计", "为", "是", "达", "在", "的", "等", "均", "各",
    ]
    /// Before these, `预算数` keeps its `预算` (`年初预算数` → `年初预算`, not `年初`).
    static let timeWords: Set<String> = ["年初", "年度", "本年", "当年", "上年", "今年", "全年", "年"]
    /// Verbs that end a subject (`机关运行经费安排 10,884.55 万元`) but are kept when nothing
    /// else would be left (`本年安排`).
    static let verbalEndings = ["安排"]
    /// What is left when a lead held only predicates (`2021 年预算数为` → `预算`).
    static let emptySubjects: Set<String> = ["预算", "年预算", "数", "小计", "合计", "总计", "本年", "当年", "年", "安排", "预算安排"]
    /// Punctuation and comparison signs (from indicator tables: `完成率≥`) around a subject.
    static let punctuation: Set<Character> = [",", "、", ":", ";", "。", ".", "-", "*", "·", "，", "：",
                                              "=", "<", ">", "≥", "≤", "≧", "≦", "~"]
}
