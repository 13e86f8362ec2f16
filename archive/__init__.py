"""The SQLite archive of records, and its publication through Datasette."""
