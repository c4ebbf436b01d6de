// Dense neural networks trained with mini-batch GEMM. See ARCHITECTURE.md.
