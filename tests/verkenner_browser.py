"""Driving the verkenner in Debian's Chromium: start ``bcp-analysis verken``, choose, read the page."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# Without these, Chromium's background connections (updates, sync, QUIC) are refused here and slow it down.
_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--window-size=1600,1400", "--disable-dev-shm-usage"]
_COMMAND = Path(sys.executable).with_name("bcp-analysis")


def available():
    """Whether Chromium, its driver and selenium are installed."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return False
    return Path(CHROMIUM).is_file() and Path(CHROMEDRIVER).is_file()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_verken(*arguments, timeout=180, cwd=None):
    """Start ``bcp-analysis verken`` on a free port, in ``cwd``; return (process, address) once it shows the address."""
    port = free_port()
    process = subprocess.Popen([str(_COMMAND), "verken", *arguments, "--poort", str(port), "--geen-browser"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                               cwd=cwd)
    first = process.stdout.readline()
    address = f"http://127.0.0.1:{port}/"
    if address not in first:
        process.kill()
        raise RuntimeError(f"verken printed {first!r}; stderr: {process.stderr.read()}")
    return process, address


def listening(address):
    """Whether something still answers on the port of ``http://127.0.0.1:N/``."""
    port = int(address.rstrip("/").rsplit(":", 1)[1])
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def stop_verken(process):
    """Ctrl-C, as a user stops it; return (exit code, stderr)."""
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    return process.returncode, stderr


def chromium():
    """A headless Chromium with a fresh profile folder; the folder goes when the driver quits."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="bcp-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*_FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    quit_driver = driver.quit

    def quit_and_clean():
        quit_driver()
        shutil.rmtree(profile, ignore_errors=True)

    driver.quit = quit_and_clean
    return driver


def dropdown(driver, label):
    """The <select> of the ipywidgets Dropdown with this description."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    return Select(driver.find_element(
        By.XPATH, f"//div[contains(@class, 'widget-dropdown')][label[normalize-space()='{label}']]//select"))


def wait_for(driver, condition, timeout=120):
    """Wait until ``condition()`` holds; an element redrawn meanwhile (stale) is looked up again."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.05,
                         ignored_exceptions=(StaleElementReferenceException,)).until(lambda _: condition())


def text_of(driver, css):
    """The text of the first element matching ``css`` (also in a tab not shown), or "" when there is none."""
    from selenium.webdriver.common.by import By

    found = driver.find_elements(By.CSS_SELECTOR, css)
    return " ".join((found[0].get_attribute("textContent") or "").split()) if found else ""


def page_text(driver):
    """All the text a reader can reach on the page, the tabs not shown included (no scripts or styles)."""
    # each text node apart, so that the cells of a table do not run together ("0,45" and "5")
    return driver.execute_script(
        "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {acceptNode: node =>"
        " ['SCRIPT', 'STYLE'].includes(node.parentElement.tagName) ? NodeFilter.FILTER_REJECT"
        " : NodeFilter.FILTER_ACCEPT});"
        "const parts = []; while (walker.nextNode()) { parts.push(walker.currentNode.textContent); }"
        "return parts.join(' ');")


def open_tab(driver, title):
    """Click the tab with this title and wait until its view is shown."""
    from selenium.webdriver.common.by import By

    tab = next(element for element in driver.find_elements(By.CSS_SELECTOR, ".lm-TabBar-tab")
               if element.text.strip() == title)
    tab.click()
    wait_for(driver, lambda: "lm-mod-current" in (tab.get_attribute("class") or ""), timeout=10)


def type_into(driver, label, text):
    """Type into the text field with this description, as a user does (select all, then type)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    field = driver.find_element(
        By.XPATH, f"//div[contains(@class, 'widget-text')][label[normalize-space()='{label}']]//input")
    field.click()
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(text)


def click_button(driver, text):
    from selenium.webdriver.common.by import By

    driver.find_element(By.XPATH, f"//button[normalize-space()='{text}']").click()


def table_rows(driver, css):
    """The cells of the rows of the table ``css`` (header left out), as lists of text."""
    from selenium.webdriver.common.by import By

    rows = driver.find_elements(By.CSS_SELECTOR, f"table.{css} tr")[1:]
    return [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")] for row in rows]


def open_page(driver, address):
    """Load the verkenner and wait until its Werkproces dropdown has entries."""
    driver.get(address)
    wait_for(driver, lambda: text_of(driver, ".bcp-competenties") != "")


_CHOOSE = """
const [label, text, css, done] = arguments;
const box = [...document.querySelectorAll('.widget-dropdown')]
    .find(element => element.querySelector('label').textContent.trim() === label);
const select = box.querySelector('select');
const option = [...select.options].find(element => element.textContent.replace(/\u00a0/g, ' ') === text);
const shown = () => { const element = document.querySelector(css); return element ? element.textContent : ''; };
const before = shown();
const started = performance.now();
select.selectedIndex = option.index;
select.dispatchEvent(new Event('change', {bubbles: true}));
const check = () => {
    const now = shown();
    if (now !== '' && now !== before) {
        // the next frame: the new view is laid out and painted
        requestAnimationFrame(() => done(performance.now() - started));
    } else {
        setTimeout(check, 1);
    }
};
check();
"""


def choose(driver, label, visible_text, changed_css):
    """Choose an entry and wait until the element ``changed_css`` shows something else.

    The choice and the wait run in the page itself, so the time returned (seconds, from the
    change event to the frame after the new view appeared) is the browser's, without
    WebDriver's round trips.
    """
    driver.set_script_timeout(120)
    return driver.execute_async_script(_CHOOSE, label, visible_text, changed_css) / 1000


_SAVE = """
const done = arguments[arguments.length - 1];
const button = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Bewaar grafiek en tabel');
const saved = () => (document.querySelector('.bcp-opgeslagen') || {textContent: ''}).textContent;
const states = [];
const observer = new MutationObserver(() => states.push(button.textContent.trim()));
observer.observe(button, {childList: true, subtree: true, characterData: true, attributes: true});
const started = performance.now();
button.click();
let cleared = false;  // the page clears the last message when saving starts
const check = () => {
    cleared = cleared || saved() === '';
    if (cleared && (saved().startsWith('Bewaard') || saved().startsWith('Niet bewaard'))) {
        observer.disconnect();
        requestAnimationFrame(() => done([performance.now() - started, states]));
    } else {
        setTimeout(check, 5);
    }
};
check();
"""


def save(driver):
    """Click "Bewaar grafiek en tabel"; return (seconds until the files are named, the button's labels meanwhile)."""
    driver.set_script_timeout(120)
    milliseconds, states = driver.execute_async_script(_SAVE)
    return milliseconds / 1000, states


def artefact_folder():
    """Where screenshots go: ``BCP_TEST_ARTEFACTEN`` or a folder in the system's temporary folder."""
    folder = Path(os.environ.get("BCP_TEST_ARTEFACTEN") or Path(tempfile.gettempdir()) / "bcp-analysis-artefacten")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
