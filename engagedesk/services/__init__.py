"""What a user does, as functions that take a Store and return plain data.

The CLI, the window (through the store thread) and the tests all call these.
"""
