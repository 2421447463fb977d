"""Fakes of the outside world (platforms), never of samen's own code."""
