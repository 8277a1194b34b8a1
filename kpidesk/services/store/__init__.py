"""The database as a whole: opening it, backups, the trash, totals checks and change watching."""
