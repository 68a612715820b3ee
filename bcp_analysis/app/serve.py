"""Serving the verkenner as a web page without code cells, through Voilà on 127.0.0.1 (``bcp-analysis verken``)."""

import importlib.util
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import webbrowser
from pathlib import Path

from bcp_analysis.app.verkenner import ENVIRONMENT
from bcp_analysis.errors import ProfileError
from bcp_analysis.paths import NOTEBOOKS_DIR, VERKENNER_JUPYTER_DATA

__all__: list[str] = []  # nothing of it is used outside its layer

_VERKEN_START_SECONDS = 120  # how long the web page may take to come up (a cold start on a busy machine)
_TEMPLATES = VERKENNER_JUPYTER_DATA  # Voilà's template for the page, found through JUPYTER_PATH


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listening(port):
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _stop(process):
    """Stop the web server and wait for it; kill it when it does not stop within ten seconds."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _log_tail(log, lines=10):
    log.flush()
    log.seek(0)
    tail = log.read().splitlines()[-lines:]
    return ("\nLaatste regels van de server:\n" + "\n".join(tail)) if tail else ""


def serve_verkenner(path=None, *, profiel=None, previous=None, curriculum=None, port=None, open_browser=True):
    """Serve the verkenner through Voilà on 127.0.0.1 until Ctrl-C or SIGTERM.

    Parameters
    ----------
    path : str or os.PathLike, optional
        The document to open; default the bundled profile.
    profiel : str, optional
        The profiel of a kwalificatiedossier or register.
    previous, curriculum : str or os.PathLike, optional
        A previous version of the document, and a curriculum (CSV).
    port : int, optional
        Default: a free port.
    open_browser : bool
        Open the page in the user's browser once it is up.

    Returns
    -------
    int
        0 when the server stopped by itself without error, 1 when it could not start or
        failed; Ctrl-C and SIGTERM raise KeyboardInterrupt after the server is stopped.

    Raises
    ------
    ProfileError
        For a file that does not exist, or a missing verkenner notebook.
    """
    if importlib.util.find_spec("voila") is None or importlib.util.find_spec("ipywidgets") is None:
        print('Fout: verken heeft de extra "notebooks" nodig (Voilà en ipywidgets); installeer die met: '
              'python -m pip install -c constraints.txt -e ".[notebooks]" (of gebruik make verken)', file=sys.stderr)
        return 1
    notebook = NOTEBOOKS_DIR / "00_verkenner.ipynb"
    if not notebook.is_file():
        raise ProfileError(notebook, "bestand", "de notebook van de verkenner ontbreekt",
                           "start verken in een checkout van bcp-analysis (de map notebooks/ hoort erbij)")
    given = {"bestand": path, "vorige": previous, "curriculum": curriculum}
    environment = dict(os.environ)
    for name, value in given.items():
        environment.pop(ENVIRONMENT[name], None)
        if value is not None:
            if not Path(value).is_file():
                raise ProfileError(value, "bestand", "dit bestand bestaat niet", "controleer het pad")
            environment[ENVIRONMENT[name]] = str(Path(value).resolve())
    environment.pop(ENVIRONMENT["profiel"], None)
    if profiel is not None:
        environment[ENVIRONMENT["profiel"]] = profiel
    environment[ENVIRONMENT["uitvoer"]] = str(Path.cwd())
    environment[ENVIRONMENT["map"]] = str(Path.cwd())  # paths typed in the page count from here
    environment["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(_TEMPLATES), environment.get("JUPYTER_PATH")]))
    port = port or _free_port()
    command = [sys.executable, "-m", "voila", str(notebook), "--no-browser", f"--port={port}",
               "--Voila.ip=127.0.0.1", "--Voila.port_retries=0", "--VoilaConfiguration.show_tracebacks=False",
               "--Voila.log_level=WARN", "--template=bcp"]
    # A session of its own: Ctrl-C reaches this command, which stops the server itself. The
    # server's own log (English, for developers) goes to a file, shown only when it fails.
    log = tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace")
    process = subprocess.Popen(command, env=environment, start_new_session=True, stdin=subprocess.DEVNULL,
                               stdout=log, stderr=subprocess.STDOUT)

    def _interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        deadline = time.monotonic() + _VERKEN_START_SECONDS
        while not _listening(port):
            if process.poll() is not None or time.monotonic() > deadline:
                print(f"Fout: de verkenner kon niet starten op poort {port} (is die poort bezet? kies een andere "
                      f"met --poort){_log_tail(log)}", file=sys.stderr)
                return 1
            time.sleep(0.2)
        address = f"http://127.0.0.1:{port}/"
        print(f"De verkenner staat op {address}\nStop met Ctrl-C.", flush=True)
        if open_browser:
            webbrowser.open(address)
        code = process.wait()
        if code:
            print(f"Fout: de verkenner stopte onverwacht (code {code}){_log_tail(log)}", file=sys.stderr)
            return 1
        return 0
    finally:
        _stop(process)
        signal.signal(signal.SIGTERM, previous)
        log.close()
