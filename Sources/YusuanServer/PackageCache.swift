import Foundation
import YusuanReports

/// Recently compiled packages, by budget and the time it was saved: compiling and auditing a
/// package takes tens of milliseconds, and a page is viewed far more often than its facts
/// change. Only a cache of what the database holds: a saved budget has a new time, so it is
/// never served stale, and each instance keeps its own.
actor PackageCache {
    struct Key: Hashable {
        var budgetID: String
        var updatedAt: Int64
        var formats: [PackageFormat]
    }

    typealias Entry = (result: Compiler.Result, files: [(path: String, data: Data)])

    private var entries: [Key: Entry] = [:]
    private var order: [Key] = []
    private let capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
    }

    func value(_ key: Key) -> Entry? { entries[key] }

    func store(_ entry: Entry, for key: Key) {
        guard entries[key] == nil else { return }
        entries[key] = entry
        order.append(key)
        if order.count > capacity { entries[order.removeFirst()] = nil }
    }
}
