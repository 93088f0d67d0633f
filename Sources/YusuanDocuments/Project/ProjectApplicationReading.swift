import YusuanCore

/// The reader's progress through one document: the part it is in and each part's parser.
struct ProjectApplicationReading {
    private var section: ProjectSection?
    private var info = ProjectInfoParser()
    private var target = PerformanceTargetParser()
    private var transfers = TransferTableParser()
    private var procurement = ProcurementTableParser()
    private var services = PurchasedServiceTableParser()
    private var review: ReviewSheetParser?
    private var sheets: [ReviewSheet] = []
    private var notes: [String] = []
    private var pendingScale: MoneyScale?
    private var found = false
    private var unrecognized: [Unrecognized] = []

    mutating func consume(_ line: SourceLine) {
        if let title = ProjectSection.title(of: line) {
            enter(title)
            if let scale = line.cells.dropFirst().lazy.compactMap({ ProjectCellText.scale(inLabel: $0.text) }).first {
                setScale(scale)
            }
            return
        }
        if let furniture = ProjectFurniture(line) {
            switch furniture {
            case .note(let text): notes.append(text)
            case .scale(let scale): if let scale { setScale(scale) }
            case .attachmentNumber: break
            }
            return
        }
        // A header row of another part starts that part when its title is missing.
        if let header = ProjectSection.header(of: line), !(section.map(header.continues) ?? false) {
            enter(header)
        }
        guard let section else {
            unrecognized.append(Unrecognized(location: line.location, text: line.text, reason: BilingualMessage(
                zh: "不属于项目申报的任何一张表", en: "belongs to no table of the project application")))
            return
        }
        let reason: BilingualMessage?
        switch section {
        case .basicInfo: reason = info.consume(line, issues: &unrecognized)
        case .performanceTarget: reason = target.consume(line, issues: &unrecognized)
        case .transfers: reason = transfers.consume(line, issues: &unrecognized)
        case .procurement: reason = procurement.consume(line, issues: &unrecognized)
        case .services: reason = services.consume(line, issues: &unrecognized)
        case .review: reason = review?.consume(line, issues: &unrecognized)
        }
        if let reason {
            unrecognized.append(Unrecognized(location: line.location, text: line.text, reason: reason))
        } else {
            found = true
        }
    }

    /// Starts a part; a new 编审表 closes the one before.
    private mutating func enter(_ next: ProjectSection) {
        closeReview()
        section = next
        found = true
        if case .review(let title) = next { review = ReviewSheetParser(title: title) }
        if let pendingScale { setScale(pendingScale) }
        pendingScale = nil
    }

    /// A `单位：元` line usually comes after the title and before the header.
    private mutating func setScale(_ scale: MoneyScale) {
        switch section {
        case .transfers: transfers.scale = scale
        case .procurement: procurement.scale = scale
        case .services: services.scale = scale
        default: pendingScale = scale
        }
    }

    private mutating func closeReview() {
        if let review { sheets.append(review.sheet) }
        review = nil
    }

    mutating func finish() -> (application: ProjectApplication?, unrecognized: [Unrecognized]) {
        closeReview()
        guard found else { return (nil, unrecognized) }
        let application = ProjectApplication(
            project: info.project, target: target.target, transfers: transfers.rows, procurement: procurement.items,
            services: services.services, reviewSheets: sheets, notes: notes)
        return (application, unrecognized)
    }
}
