"""Improvement work: projects with an aim, their PDSA cycles, and the collaborative's library."""
