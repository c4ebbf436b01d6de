// Datasets: CSV and IDX readers, bundled datasets, scaling, splits. See ARCHITECTURE.md.
