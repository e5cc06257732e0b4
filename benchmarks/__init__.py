"""Benchmarks: each measures the app and a baseline in the same run."""
