"""Instrument catalog files (data only); a package so the JSON ships with the wheel."""
