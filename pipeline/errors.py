"""The one exception for environment mistakes (missing input, unwritable output, unknown model, a
locked output, a resume that does not match): the command line prints its message as one line on
stderr and exits 2, before any work and without a traceback."""
from __future__ import annotations

__all__ = ["UsageError"]


class UsageError(Exception):
    """A mistake in the command's environment or arguments, not in the data: exit status 2."""
