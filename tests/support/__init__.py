"""Helpers the test suite shares: throwaway databases, tokens, running services."""
