// Benchmark functions and network-training objectives. See ARCHITECTURE.md.
