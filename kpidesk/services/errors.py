"""Errors a service raises for the user: ``str(error)`` is a translated, actionable message."""

from __future__ import annotations


class ServiceError(Exception):
    """A user intent that cannot be carried out; nothing was changed."""


class NotFound(ServiceError):
    """The item no longer exists (deleted elsewhere, or a wrong id)."""


class Refused(ServiceError):
    """The intent conflicts with the data (a rule, a duplicate, a non-empty database)."""
