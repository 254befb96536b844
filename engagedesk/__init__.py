"""EngageDesk: community engagement work on a laptop with no network."""

__version__ = "0.1.0"
