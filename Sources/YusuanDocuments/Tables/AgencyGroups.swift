/// Tables grouped by agency print the agency's name once, often in the middle of its
/// block (a merged cell). A block ends at its 小计 row, or where the 序号 starts again
/// (a block whose 小计 is missing): every row gets its block's agency.
enum AgencyGroups {
    static func fill(_ rows: inout [Row], columns: [Column]) {
        guard columns.contains(where: { $0.meaning == .agencyName }) else { return }
        var blocks: [Range<Int>] = []
        var start = 0
        var lastSequence: Int?
        for index in rows.indices {
            // A 序号 lower than the last starts a new block; the same number again is a
            // duplicate within the block (a gap or a misprint), unless it is 1 again.
            if let sequence = rows[index].sequence, let last = lastSequence, sequence < last || sequence == last && sequence == 1,
               index > start {
                blocks.append(start..<index)
                start = index
            }
            lastSequence = rows[index].sequence ?? lastSequence
            switch rows[index].role {
            case .detail: break
            case .total:
                // The 合计 of the whole table belongs to no agency's block.
                blocks.append(start..<index)
                start = index + 1
                lastSequence = nil
            default:
                // The 小计 closing a block sums it: it belongs to the block.
                blocks.append(start..<(index + 1))
                start = index + 1
                lastSequence = nil
            }
        }
        if start < rows.count { blocks.append(start..<rows.count) }
        for block in blocks {
            guard let name = rows[block].compactMap(\.agency).first else { continue }
            for member in block { rows[member].agency = name }
        }
    }
}
