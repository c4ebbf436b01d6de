// Bounded quasi-Newton minimization (L-BFGS-B). See ARCHITECTURE.md.
