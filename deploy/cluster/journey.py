#!/usr/bin/env python3
"""One new reader's whole journey through the load balancer, as rehearse.sh runs it.

Signs up (the code is read from the outbox by an administrator, no channel being configured),
agrees to the identity agreement and the zone consent, submits a profile with a licence photo,
is approved by the demo reviewer, answers the zone questions, sees the "passed" page, and then
reads, comments and searches for a number of rounds. Each answer is written to standard output
as "<status> <what> [detail]", one per line; a request that fails is recorded, never the end.

    journey.py <site> <reader number> <rounds>
"""
import http.cookiejar
import random
import re
import struct
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zlib

SITE, READER, ROUNDS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
ZONE, ARTICLE, DEMO_PASSWORD = "liver-intervention", "tace-haic-2025-review", "hcpress-demo"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A cookie jar and no automatic redirects, so every answer is seen and recorded."""

    def __init__(self):
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())

    def call(self, method, path, data=None, headers=None):
        body, content_type = None, None
        if isinstance(data, dict):
            body = urllib.parse.urlencode(data, doseq=True).encode()
            content_type = "application/x-www-form-urlencoded"
        elif isinstance(data, tuple):
            body, content_type = data
        request = urllib.request.Request(SITE + path, data=body, method=method, headers=headers or {})
        if content_type:
            request.add_header("Content-Type", content_type)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.headers.get("Location", ""), response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Location", ""), e.read().decode("utf-8", "replace")
        except OSError as e:  # refused, reset, timed out: in flight at a kill
            return 0, "", str(e)

    def get(self, path):
        return self.retried("GET", path)

    def post(self, path, data, headers=None):
        return self.retried("POST", path, data, headers)

    def retried(self, method, path, data=None, headers=None):
        """A user who meets a failed request (one in flight at a kill) tries once more, as they would."""
        answer = self.call(method, path, data, headers)
        if answer[0] in (0, 502, 503, 504):
            record(answer[0], "failed-then-retried", f"{method} {urllib.parse.urlsplit(path).path}")
            time.sleep(1)
            answer = self.call(method, path, data, headers)
        return answer


def record(status, what, detail=""):
    print(f"{status} {what} {detail}".rstrip(), flush=True)


def csrf(page):
    found = re.search(r'name="_csrf" value="([^"]*)"', page) or re.search(r'<meta name="_csrf" content="([^"]*)"', page)
    return found.group(1).replace("&#45;", "-") if found else ""


def hidden(page, name):
    found = re.search(r'name="%s" value="([^"]*)"' % name, page)
    return found.group(1) if found else ""


def sign_in(browser, email):
    _, _, page = browser.get("/login")
    status, _, _ = browser.post("/login", {"username": email, "password": DEMO_PASSWORD, "_csrf": csrf(page)})
    return status


def licence_photo():
    """A 600×400 PNG: enough for the photo checks; OCR reads nothing and the reviewer decides."""
    width, height = 600, 400
    rows = b"".join(b"\x00" + (bytes((30, 90, 140)) if 30 <= y < 90 else bytes((235, 240, 245))) * width
                    for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b""))


def multipart(fields, files):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, (filename, content_type, content) in files.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     f'Content-Type: {content_type}\r\n\r\n'.encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), "multipart/form-data; boundary=" + boundary


def outbox_code(admin, email):
    deadline = time.time() + 30
    while time.time() < deadline:
        status, _, page = admin.get("/admin/outbox")
        for row in re.findall(r'<tr id="message-\d+">(.*?)</tr>', page, re.S):
            if email in row:
                code = re.search(r"\b(\d{6})\b", row.split("message-body", 1)[-1])
                if code:
                    return code.group(1)
        time.sleep(1)
    return ""


def gate_page(reader, target):
    """Follows the gate's redirects to the page of the step the reader is at."""
    path = f"/gate/{ZONE}?next=" + urllib.parse.quote(target)
    for _ in range(5):
        status, location, page = reader.get(path)
        if status != 302:
            return status, path, page
        path = urllib.parse.urlsplit(location)._replace(scheme="", netloc="").geturl()
        if not path.startswith(("/gate", "/verification")):
            return status, path, page
    return status, path, page


def pass_the_gate(reader, email):
    target = f"/articles/{ARTICLE}"
    admin, reviewer = Browser(), Browser()
    record(sign_in(admin, "admin@hcpress.test"), "staff-signin admin")
    record(sign_in(reviewer, "reviewer@hcpress.test"), "staff-signin reviewer")

    _, _, page = reader.get("/signup")
    status, _, _ = reader.post("/signup", {"username": email, "password": f"rehearsal-password-{READER}", "_csrf": csrf(page)})
    record(status, "signup")
    code = outbox_code(admin, email)
    record(200 if code else 404, "signup-code-from-outbox")
    _, _, page = reader.get("/signup/verify")
    status, _, _ = reader.post("/signup/verify", {"code": code, "_csrf": csrf(page)})
    record(status, "signup-verified")

    for step in ("agreement", "consent"):
        status, _, page = gate_page(reader, target)
        status, _, _ = reader.post(f"/gate/{ZONE}/{step}", {"documentId": hidden(page, "documentId"), "choice": "agree",
                                                            "next": target, "_csrf": csrf(page)})
        record(status, f"gate-{step}")

    status, path, page = gate_page(reader, target)
    real_name = f"演练医生{READER}号{random.randint(100, 999)}"
    fields = {"profession": "DOCTOR", "realName": real_name, "institution": "示范市人民医院", "department": "介入科",
              "title": "主治医师", "licenceNumber": "1104401000%05d" % (READER * 97 % 100000),
              "next": target, "_csrf": csrf(page)}
    status, _, _ = reader.post("/verification/profile", multipart(fields, {"photo": ("licence.png", "image/png", licence_photo())}))
    record(status, "gate-profile")

    submission = ""
    deadline = time.time() + 30
    while not submission and time.time() < deadline:
        _, _, queue = reviewer.get("/review")
        found = re.search(r'href="/review/(\d+)"[^>]*>(?:(?!</a>).)*' + re.escape(real_name), queue, re.S)
        submission = found.group(1) if found else ""
        if not submission:
            time.sleep(1)
    _, _, page = reviewer.get(f"/review/{submission}")  # opening it claims it
    status, _, _ = reviewer.post(f"/review/{submission}/approve", {"_csrf": csrf(page)})
    record(status if submission else 404, "review-approved")

    status, _, page = gate_page(reader, target)
    status, _, _ = reader.post(f"/gate/{ZONE}/questions", {"specialty": "interventional-radiology", "interests": "haic",
                                                          "next": target, "_csrf": csrf(page)})
    record(status, "gate-questions")
    status, _, page = gate_page(reader, target)
    record(status if "countdown" in page else f"{status}-not-passed", "gate-passed")


def read_comment_search(reader):
    for round_number in range(1, ROUNDS + 1):
        status, _, page = reader.get(f"/articles/{ARTICLE}")
        token = csrf(page)
        record(status if status == 200 and token else f"{status}-not-served", "read")
        if round_number % 6 == 1:  # a reader comments now and then, within the 5-a-minute limit
            key = f"rehearsal-{READER}-{round_number}"
            status, _, _ = reader.post(f"/api/v1/articles/{ARTICLE}/comments",
                                       (('{"body":"Rehearsal comment %s"}' % key).encode(), "application/json"),
                                       {"X-CSRF-TOKEN": token, "Idempotency-Key": key, "Accept": "application/json"})
            record(status, "comment", key)
        if round_number % 3 == 0:
            status, _, page = reader.get("/api/v1/search?q=HAIC")
            record(status if re.search(r'"total":[1-9]', page) else f"{status}-no-hits", "search")


reader = Browser()
pass_the_gate(reader, f"rehearsal-{READER}-{random.randint(10000, 99999)}@hcpress.test")
read_comment_search(reader)
