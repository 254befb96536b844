"""The SQLite file.  The only layer (with sync's merge code) that speaks SQL."""

from engagedesk.store.errors import DatabaseProblem
from engagedesk.store.store import Store, utc_now

__all__ = ["DatabaseProblem", "Store", "utc_now"]
