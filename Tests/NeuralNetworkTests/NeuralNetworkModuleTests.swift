import Testing
@testable import NeuralNetwork
