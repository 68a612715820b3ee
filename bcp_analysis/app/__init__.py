"""The applications a user runs: the command line."""
