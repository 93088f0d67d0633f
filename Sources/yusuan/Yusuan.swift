import ArgumentParser
import YusuanCore

@main
struct Yusuan: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "yusuan")
}
