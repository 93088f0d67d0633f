#!/usr/bin/env python3
"""Signs in to a running `yusuan serve` as each demo role in Debian's chromium (through
Playwright, which drives it; no browser download) and saves a screenshot of each main page.

    pip install playwright
    python3 scripts/screenshots.py http://127.0.0.1:8080 out/screenshots
"""
import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
out = Path(sys.argv[2] if len(sys.argv) > 2 else "screenshots")
out.mkdir(parents=True, exist_ok=True)
failures = []


def shoot(page, name, path):
    response = page.goto(base + path)
    status = response.status if response else 0
    page.screenshot(path=str(out / f"{name}.png"), full_page=True)
    print(f"{status} {path} -> {name}.png")
    if status >= 400:
        failures.append(f"{path}: {status}")


with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    anonymous = browser.new_page(viewport={"width": 1280, "height": 900})
    shoot(anonymous, "01-documents-anonymous", "/documents")
    shoot(anonymous, "02-login", "/login")

    for role in ["editor", "bureau"]:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + "/login")
        page.fill("#name", role)
        page.fill("#password", f"{role}-demo")
        page.click("form.card button[type=submit]")
        page.wait_for_url(re.compile(r".*/documents$"))
        shoot(page, f"03-overview-{role}", "/overview")
        shoot(page, f"04-agencies-{role}", "/agencies")
        page.goto(base + "/agencies")
        agency = page.locator("table.list a").last.get_attribute("href")
        shoot(page, f"05-agency-{role}", agency)
        shoot(page, f"06-history-{role}", agency + "/history")
        page.goto(base + "/overview")
        budget = page.locator("td.num a").first.get_attribute("href")
        shoot(page, f"07-budget-{role}", budget)
        shoot(page, f"08-package-{role}", budget + "/package")
        page.goto(base + "/documents")
        document = page.locator("table.list td a").first.get_attribute("href")
        shoot(page, f"09-report-{role}", document)
        shoot(page, f"12-projects-{role}", "/projects")
        if role == "bureau":
            shoot(page, "20-rules-bureau", "/rules")
        page.goto(base + "/projects")
        links = page.locator("table.list td a")
        if links.count() > 0:  # the editor's agencies start with no projects
            project = links.first.get_attribute("href")
            shoot(page, f"13-project-{role}", project)
            shoot(page, f"14-review-{role}", project + "/review")
            shoot(page, f"15-self-evaluation-{role}", project + "/self-evaluation")
        if role == "editor":
            # The application form: refused with a bad amount (the place marked), then saved.
            shoot(page, "16-application-new", "/projects/new")
            page.fill("input[name=name]", "农村公路养护示范工程")
            page.locator("input[name=fundYear]").first.fill("2027")
            page.locator("select[name=fundSource]").first.select_option("本级财政安排")
            page.locator("input[name=fundAmount]").first.fill("12,3x")
            page.locator("input[name=indName]").first.fill("验收合格率")
            page.locator("input[name=indValue]").first.fill("100")
            page.click("form.application-form button[type=submit]")
            page.screenshot(path=str(out / "17-application-refused.png"), full_page=True)
            page.locator("input[name=fundAmount]").first.fill("1200000")
            page.click("form.application-form button[type=submit]")
            page.wait_for_url(re.compile(r".*/projects/[0-9A-F-]+$"))
            page.screenshot(path=str(out / "18-application-saved.png"), full_page=True)
            print("application ->", page.url)
            shoot(page, "19-application-edit", page.url.removeprefix(base) + "/application")
            shoot(page, "10-upload", "/imports/new")
            page.set_input_files("#files", [str(Path(__file__).parent.parent / "Tests/Fixtures/seeds/003_939434c505286c46.txt")])
            page.click("form.card button[type=submit]")
            page.wait_for_url(re.compile(r".*/imports/.*"))
            page.wait_for_function("!document.querySelector('.progress')", timeout=60000)
            page.screenshot(path=str(out / "11-import-done.png"), full_page=True)
            print("import ->", page.url)
    browser.close()

if failures:
    print("failed:", ", ".join(failures))
    sys.exit(1)
