import YusuanCore

/// A command that cannot do what was asked, with a message in both languages and the
/// exit status to leave with.
struct CommandFailure: Error {
    /// Bad input: an unknown code, an unreadable file, a malformed option.
    static let badInput: Int32 = 2

    var message: BilingualMessage
    var status: Int32 = badInput

    init(_ message: BilingualMessage, status: Int32 = badInput) {
        self.message = message
        self.status = status
    }

    init(zh: String, en: String, status: Int32 = badInput) {
        self.init(BilingualMessage(zh: zh, en: en), status: status)
    }

    init(_ error: some YusuanError) {
        self.init(error.message)
    }
}
