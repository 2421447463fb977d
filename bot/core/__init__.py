"""The channel-neutral core of samen: message types, the clock, Fluent rendering and text rules.

Nothing here imports a platform SDK, the web layer or the database.
"""
