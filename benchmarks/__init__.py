"""Benchmarks, not tests: scripts that start the services, drive them and print figures.

Each is run by hand from the repository root (commands and the latest figures: README.md here);
``tests/load`` runs bounded versions of ``burst`` and ``mixed_load`` in the suite.
"""
