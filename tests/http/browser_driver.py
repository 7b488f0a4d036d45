#!/usr/bin/env python3
"""Loads one page in a fresh headless browser and prints the text of its #results element.

    browser_driver.py ENGINE URL --profile DIR [--hosts NAME,NAME...] [--timeout S]

ENGINE is firefox or webkit (browser_test.sh drives Chromium with --dump-dom itself).
  firefox  firefox-esr --headless --marionette with a fresh profile in DIR (user.js: no
           updates, telemetry or first-run pages; network.dns.localDomains = the --hosts names,
           which Firefox then resolves to loopback); driven over the Marionette protocol.
  webkit   WebKitWebDriver (W3C WebDriver) starting MiniBrowser (run under xvfb-run) with
           --proxy pointing at a forward proxy in this process, which sends every request to
           127.0.0.1 on the URL's port: WebKitGTK has no host-resolver option, so the page's host
           names (any name) reach the loopback servers and the browser still sees them as the
           origins' hosts. The proxy forwards the request line and headers unchanged.
The page writes "name: pass|fail (...)" lines, then "done: N checks", into <pre id="results">;
this polls it until "done: " shows or the timeout passes (then it prints what is there and
exits 1). Every process it starts is stopped before it exits.
"""

import argparse
import http.client
import http.server
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

RESULTS_SCRIPT = "var e = document.getElementById('results'); return e ? e.textContent : null;"


def log(message):
    print("browser_driver: " + message, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(process, name):
    if process is None or process.poll() is not None:
        return
    # Each browser runs in its own process group: its child processes go with it.
    for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(wait)
            return
        except subprocess.TimeoutExpired:
            log(name + " did not exit on " + sig.name)


def poll_results(read, deadline):
    """Calls read() until its text contains a 'done: ' line or the deadline passes."""
    text = None
    while time.monotonic() < deadline:
        text = read()
        if text and "\ndone: " in "\n" + text:
            return text, True
        time.sleep(0.2)
    return text, False


# --- Firefox: Marionette ---------------------------------------------------------------------

FIREFOX_PREFS = {
    "marionette.port": 0,  # any free port; Firefox writes it to MarionetteActivePort
    "app.update.disabledForTesting": True,
    "app.update.auto": False,
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.homepage_override.mstone": "ignore",
    "browser.startup.page": 0,
    "browser.aboutwelcome.enabled": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "datareporting.healthreport.uploadEnabled": False,
    "toolkit.telemetry.enabled": False,
    "toolkit.telemetry.reportingpolicy.firstRun": False,
    "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False,
    "extensions.update.enabled": False,
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "network.proxy.type": 0,
    "dom.security.https_first": False,
    "dom.security.https_only_mode": False,
    "remote.prefs.recommended": True,
}


class Marionette:
    def __init__(self, port, deadline):
        while True:
            try:
                self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        self.sock.settimeout(max(1.0, deadline - time.monotonic()))
        self.buffer = b""
        self.next_id = 1
        self.receive()  # {"applicationType": "gecko", "marionetteProtocol": 3}

    def receive(self):
        while b":" not in self.buffer:
            self._read()
        length, rest = self.buffer.split(b":", 1)
        self.buffer = rest
        while len(self.buffer) < int(length):
            self._read()
        message, self.buffer = self.buffer[: int(length)], self.buffer[int(length):]
        return json.loads(message)

    def _read(self):
        data = self.sock.recv(65536)
        if not data:
            raise ConnectionError("Marionette closed the connection")
        self.buffer += data

    def command(self, name, params=None):
        message_id = self.next_id
        self.next_id += 1
        body = json.dumps([0, message_id, name, params or {}]).encode()
        self.sock.sendall(str(len(body)).encode() + b":" + body)
        while True:
            reply = self.receive()
            if reply[0] == 1 and reply[1] == message_id:
                if reply[2]:
                    raise RuntimeError(name + ": " + json.dumps(reply[2]))
                return reply[3]


def run_firefox(args, deadline):
    binary = shutil.which("firefox-esr") or shutil.which("firefox")
    if not binary:
        log("FAIL: Firefox is not installed (apt-get install firefox-esr)")
        return None, False
    prefs = dict(FIREFOX_PREFS)
    if args.hosts:
        prefs["network.dns.localDomains"] = args.hosts
    os.makedirs(args.profile, exist_ok=True)
    with open(os.path.join(args.profile, "user.js"), "w") as f:
        for key, value in prefs.items():
            f.write("user_pref(%s, %s);\n" % (json.dumps(key), json.dumps(value)))
    env = dict(os.environ, MOZ_HEADLESS="1", MOZ_CRASHREPORTER_DISABLE="1")
    stderr = open(os.path.join(args.profile, "firefox.log"), "w")
    process = subprocess.Popen(
        [binary, "--headless", "--marionette", "--no-remote", "--new-instance", "--profile", args.profile,
         "about:blank"], stdout=stderr, stderr=stderr, env=env, start_new_session=True)
    try:
        port_file = os.path.join(args.profile, "MarionetteActivePort")
        while not os.path.exists(port_file) or not open(port_file).read().strip():
            if process.poll() is not None or time.monotonic() > deadline:
                log("FAIL: Firefox did not start Marionette (status %s)" % process.poll())
                return None, False
            time.sleep(0.1)
        client = Marionette(int(open(port_file).read().strip()), deadline)
        client.command("WebDriver:NewSession", {"capabilities": {"alwaysMatch": {"pageLoadStrategy": "none"}}})
        client.command("WebDriver:Navigate", {"url": args.url})

        def read():
            try:
                return client.command("WebDriver:ExecuteScript", {"script": RESULTS_SCRIPT, "args": []})["value"]
            except RuntimeError:  # e.g. no document yet
                return None

        text, done = poll_results(read, deadline)
        try:
            client.command("Marionette:Quit", {"flags": ["eForceQuit"]})
            process.wait(10)
        except (OSError, RuntimeError, ConnectionError, subprocess.TimeoutExpired):
            pass
        return text, done
    finally:
        stop(process, "Firefox")
        stderr.close()


# --- WebKit: WebKitWebDriver + MiniBrowser, and a loopback forward proxy ---------------------

HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "upgrade",
              "proxy-authorization", "proxy-authenticate", "trailer"}


class LoopbackProxy(http.server.BaseHTTPRequestHandler):
    """A forward proxy that sends http://ANY-HOST:PORT/path to 127.0.0.1:PORT, unchanged."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass

    def forward(self):
        url = urllib.parse.urlsplit(self.path)
        if url.scheme != "http" or not url.port:
            self.send_error(502, "the test proxy forwards http://HOST:PORT only")
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        target = http.client.HTTPConnection("127.0.0.1", url.port, timeout=30)
        try:
            target.putrequest(self.command, url.path + ("?" + url.query if url.query else "") or "/",
                              skip_host=True, skip_accept_encoding=True)
            for key, value in self.headers.items():
                if key.lower() not in HOP_BY_HOP:
                    target.putheader(key, value)
            target.endheaders(body)
            response = target.getresponse()
            data = response.read()
        except OSError as error:
            self.send_error(502, "the test proxy could not reach 127.0.0.1:%d: %s" % (url.port, error))
            return
        finally:
            target.close()
        self.send_response_only(response.status, response.reason)
        for key, value in response.getheaders():
            if key.lower() not in HOP_BY_HOP and key.lower() != "content-length":
                self.send_header(key, value)
        no_body = self.command == "HEAD" or response.status in (204, 304) or response.status < 200
        if not no_body:
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not no_body:
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = forward


def webdriver(base, method, path, payload=None, timeout=30):
    data = None if payload is None else json.dumps(payload).encode()
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read() or b"{}").get("value")
    except urllib.error.HTTPError as error:
        raise RuntimeError("%s %s: %s %s" % (method, path, error.code, error.read()[:500].decode(errors="replace")))


def find_minibrowser():
    for candidate in ("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                      "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                      "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser",
                      "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser"):
        if os.access(candidate, os.X_OK):
            return candidate
    import glob
    found = sorted(glob.glob("/usr/lib/*/webkit2gtk-4.*/MiniBrowser"))
    return found[0] if found else None


def run_webkit(args, deadline):
    driver_binary = shutil.which("WebKitWebDriver")
    minibrowser = os.environ.get("MINIBROWSER") or find_minibrowser()
    if not driver_binary or not minibrowser:
        log("FAIL: WebKitWebDriver or MiniBrowser is not installed (apt-get install webkit2gtk-driver)")
        return None, False
    if not os.environ.get("DISPLAY"):
        log("FAIL: no DISPLAY (run under xvfb-run -a)")
        return None, False
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), LoopbackProxy)
    proxy.daemon_threads = True
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    os.makedirs(args.profile, exist_ok=True)
    port = free_port()
    log_file = open(os.path.join(args.profile, "webkit.log"), "w")
    # MiniBrowser keeps its data under XDG dirs: point them at the fresh profile.
    env = dict(os.environ, HOME=args.profile, XDG_DATA_HOME=os.path.join(args.profile, "data"),
               XDG_CACHE_HOME=os.path.join(args.profile, "cache"), XDG_CONFIG_HOME=os.path.join(args.profile, "config"),
               WEBKIT_DISABLE_COMPOSITING_MODE="1")
    driver = subprocess.Popen([driver_binary, "--port=%d" % port], stdout=log_file, stderr=log_file, env=env,
                              start_new_session=True)
    base = "http://127.0.0.1:%d" % port
    session = None
    try:
        while True:
            try:
                webdriver(base, "GET", "/status", timeout=2)
                break
            except (OSError, RuntimeError):
                if driver.poll() is not None or time.monotonic() > deadline:
                    log("FAIL: WebKitWebDriver did not start (status %s)" % driver.poll())
                    return None, False
                time.sleep(0.1)
        capabilities = {"capabilities": {"alwaysMatch": {
            "browserName": "MiniBrowser",
            "pageLoadStrategy": "none",
            "webkitgtk:browserOptions": {
                "binary": minibrowser,
                "args": ["--automation", "--proxy=http://127.0.0.1:%d" % proxy.server_address[1],
                         "--ignore-host=",
                         "--cookies-policy=no-third-party"],  # MiniBrowser's default, as Safari
            },
        }}}
        session = webdriver(base, "POST", "/session", capabilities, timeout=max(5, deadline - time.monotonic()))
        session_id = session["sessionId"]
        webdriver(base, "POST", "/session/%s/url" % session_id, {"url": args.url})

        def read():
            try:
                return webdriver(base, "POST", "/session/%s/execute/sync" % session_id,
                                 {"script": RESULTS_SCRIPT, "args": []}, timeout=10)
            except (OSError, RuntimeError):
                return None

        text, done = poll_results(read, deadline)
        try:
            webdriver(base, "DELETE", "/session/%s" % session_id, timeout=10)
        except (OSError, RuntimeError):
            pass
        return text, done
    finally:
        stop(driver, "WebKitWebDriver")
        proxy.shutdown()
        proxy.server_close()
        log_file.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("engine", choices=["firefox", "webkit"])
    parser.add_argument("url")
    parser.add_argument("--profile", required=True)
    parser.add_argument("--hosts", default="", help="comma-separated host names resolved to loopback (Firefox)")
    parser.add_argument("--timeout", type=float, default=45)
    args = parser.parse_args()
    deadline = time.monotonic() + args.timeout
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # run the finally blocks
    try:
        text, done = (run_firefox if args.engine == "firefox" else run_webkit)(args, deadline)
    except Exception as error:  # report, and still exit non-zero
        log("FAIL: %s: %s" % (type(error).__name__, error))
        text, done = None, False
    if text:
        print(text)
    if not done:
        log("FAIL: the page did not finish within %g s" % args.timeout)
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
