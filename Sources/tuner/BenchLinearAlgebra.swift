import ArgumentParser
struct BenchLinearAlgebra: ParsableCommand { static let configuration = CommandConfiguration(commandName: "linalg"); func run() {} }
