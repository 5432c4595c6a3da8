"""The benchmark: synthetic reports of three sizes and every figure against a baseline.

`make bench` (`python -m bench`) prints one table and writes docs/performance.md; `python -m bench
--quick` is for development. No test ever times anything: speed is measured here.
"""
