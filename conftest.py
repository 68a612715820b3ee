"""Test-run settings shared by the unit tests and the notebooks under nbval."""

import os


def pytest_configure(config):
    # Outputs stored in notebooks must not depend on the caller's environment: a backend
    # chosen by MPLBACKEND changes what a chart cell prints, and hash seeds change set order.
    os.environ.pop("MPLBACKEND", None)
    os.environ["PYTHONHASHSEED"] = "0"
