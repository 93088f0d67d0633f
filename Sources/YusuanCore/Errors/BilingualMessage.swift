/// A message in Chinese (the default) and English.
public struct BilingualMessage: Sendable, Hashable, Codable, CustomStringConvertible {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(in language: Language) -> String {
        language == .zh ? zh : en
    }

    /// Both languages, Chinese first: what a command line prints.
    public var description: String { "\(zh) / \(en)" }
}

/// The languages Yusuan speaks.
public enum Language: String, Sendable, Codable, CaseIterable {
    case zh
    case en
}

/// An error that can say what went wrong in both languages, naming the place.
public protocol YusuanError: Error, CustomStringConvertible {
    var message: BilingualMessage { get }
}

extension YusuanError {
    public var description: String { message.description }
}
