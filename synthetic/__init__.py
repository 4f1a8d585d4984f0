"""A synthetic but realistic organization, and a driver that plays it into the services.

Used by the end-to-end and fault tests, the benchmarks and ``make demo`` (``deploy/demo.py``).
"""
