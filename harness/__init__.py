"""The three services as real processes on throwaway databases, with their logs checked.

For the end-to-end tests and the benchmarks alike: ``processes`` starts and stops one service
(``python -m services.<name> serve``), ``cluster`` all three side by side, ``databases`` makes
the throwaway databases (SQLite files, or PostgreSQL when ``TEST_DATABASE_URL`` names a server)
and ``log_audit`` holds the logging rules every service log is checked against.
"""
