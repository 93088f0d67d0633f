/// Two people editing one record: a form carries the time the record had when the form was
/// shown (`seen`), and a save of a record that changed since is refused instead of silently
/// undoing the other person's edit.
enum EditConflict {
    static func check(seen: String?, stored: Int64) throws {
        guard let seen, let time = Int64(seen), time != stored else { return }
        throw Problem(.conflict, zh: "其他人已修改了这里的数据，请刷新页面，在最新的数据上重新修改",
                      en: "someone else changed this meanwhile; reload the page and edit the latest data")
    }
}
