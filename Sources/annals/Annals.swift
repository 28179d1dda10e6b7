import ArgumentParser

@main
struct Annals: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "annals", abstract: "News articles in; timeline and relationship graph out.")
}
