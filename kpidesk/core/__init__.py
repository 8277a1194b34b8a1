"""Pure domain logic: no Qt, no database, standard library only."""
