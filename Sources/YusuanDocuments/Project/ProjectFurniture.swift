import YusuanCore

/// Lines that belong to no table: notes under a table, the unit line above one, and the
/// attachment number printed before a title (`附件1：表2.1`).
enum ProjectFurniture {
    case note(String)
    case scale(MoneyScale?)
    case attachmentNumber

    init?(_ line: SourceLine) {
        guard line.cells.count == 1, let cell = line.cells.first else { return nil }
        let key = ProjectCellText.key(cell.text)
        if key.hasPrefix("注:") || key.hasPrefix("注：") || key.hasPrefix("备注:") || key.hasPrefix("说明:") {
            self = .note(cell.text)
        } else if key.hasPrefix("单位:") || key.hasPrefix("金额单位:") || key.hasPrefix("单位：") {
            self = .scale(ProjectCellText.scale(inLabel: key))
        } else if key.count <= 16, key.hasPrefix("附件") || key.hasPrefix("附表") || key.hasPrefix("表"),
                  key.contains(where: { $0.isNumber }), !key.includes("目标"), !key.hasSuffix("表") {
            self = .attachmentNumber
        } else {
            return nil
        }
    }
}
