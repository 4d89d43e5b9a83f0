#!/usr/bin/env python3
"""The Python half of bench/mix.sh: draw the request sequence, pre-render it for nginx, and summarise a
JFR recording. Standard library only; every request goes to 127.0.0.1.

  mix.py prepare   --base URL --corpus DIR --sessions sessions.txt --requests N --out DIR
  mix.py jfr-top   recording.jfr [--top 5]
  mix.py cpu-split --seconds S --app-pid PID

`prepare` draws the sequence (see bench/README.md for the mix), fetches every distinct request once
as the first reader who makes it, checks the answer, and writes into --out:
  requests.tsv   one request a line for bench/mix.lua: path, Cookie header, htmx flag
  one.tsv        the one-article run: the most read article, in Chinese, for 64 readers
  html/p/N.*     the bytes of each distinct request, and nginx-map.conf, the map nginx serves them by
  plan.txt       counts of the mix as drawn, distinct requests and mean answer size
"""
import argparse
import bisect
import concurrent.futures
import html
import http.client
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter

SEED = 20261205
ZIPF_S = 1.1
MIX = (("article", 0.80), ("comments", 0.10), ("zone", 0.05), ("search", 0.05))
# The search benchmark's queries (docs/benchmarks.md), most asked first.
SEARCH_TERMS = ["肝癌", "HAIC", "介入治疗", "hepatocellular", "仑伐替尼", "FOLFOX", "肝动脉灌注化疗", "sorafenib",
                "无进展生存期", "overall survival", "射频消融", "Lencioni", "immune checkpoint inhibitors",
                "radioembolization", "portal vein tumour thrombus", "肝移植 复发"]
OTHER_STYLE = {"zh": "vancouver", "en": "gbt7714"}
COMMENTS_PER_PAGE = 20
MORE_LINK = re.compile(r'hx-get="(/articles/[^"]*[?&](?:amp;)?after=[^"]*)"')
TIMEOUT = 30


def fail(message):
    print("mix.py: " + message, file=sys.stderr)
    sys.exit(1)


class Client:
    """One keep-alive connection per thread to the server under test."""

    def __init__(self, base):
        parsed = urllib.parse.urlsplit(base)
        if parsed.hostname != "127.0.0.1":
            fail("only 127.0.0.1 is allowed, not " + base)
        self.host, self.port = parsed.hostname, parsed.port
        self.local = threading.local()

    def request(self, method, path, headers=None, body=None):
        for attempt in range(2):
            conn = getattr(self.local, "conn", None)
            if conn is None:
                conn = self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
            try:
                conn.request(method, path, body=body, headers=headers or {})
                response = conn.getresponse()
                return response.status, response.getheaders(), response.read()
            except (http.client.HTTPException, OSError):
                conn.close()
                self.local.conn = None
                if attempt == 1:
                    raise
        raise AssertionError("unreachable")


def zipf_picker(count, s, rng):
    cumulative, total = [], 0.0
    for rank in range(1, count + 1):
        total += 1.0 / rank ** s
        cumulative.append(total)
    return lambda: bisect.bisect_left(cumulative, rng.random() * total)


def read_corpus(directory):
    articles = []
    for line in open(os.path.join(directory, "articles.tsv"), encoding="utf-8"):
        rank, slug, zone, body_bytes, top_level = line.rstrip("\n").split("\t")
        articles.append({"rank": int(rank), "slug": slug, "zone": zone, "bytes": int(body_bytes),
                         "top_level": int(top_level)})
    articles.sort(key=lambda a: a["rank"])
    zones = [line.strip() for line in open(os.path.join(directory, "zones.txt"), encoding="utf-8") if line.strip()]
    return articles, zones


def draw(articles, zones, readers, count):
    """The sequence as (reader, lang, kind, target); comment pages still name their depth, not a cursor."""
    rng = random.Random(SEED)
    pick_article = zipf_picker(len(articles), ZIPF_S, rng)
    paged = [a for a in articles if a["top_level"] > COMMENTS_PER_PAGE]
    pick_paged = zipf_picker(len(paged), ZIPF_S, rng)
    pick_term = zipf_picker(len(SEARCH_TERMS), 1.0, rng)
    kinds, weights = zip(*MIX)
    plan = []
    for _ in range(count):
        reader = rng.randrange(readers)
        lang = "zh" if reader % 2 == 0 else "en"
        kind = rng.choices(kinds, weights)[0]
        if kind == "article":
            path = "/articles/" + articles[pick_article()]["slug"]
            if reader % 10 == 5:  # one reader in ten reads with the other reference style
                path += "?refstyle=" + OTHER_STYLE[lang]
            plan.append((reader, lang, kind, path))
        elif kind == "comments":
            article = paged[pick_paged()]
            deepest = (article["top_level"] - 1) // COMMENTS_PER_PAGE
            depth = 1 if deepest < 2 or rng.random() < 0.7 else 2
            plan.append((reader, lang, kind, (article["slug"], depth)))
        elif kind == "zone":
            plan.append((reader, lang, kind, "/zones/" + rng.choice(zones)))
        else:
            plan.append((reader, lang, kind, "/api/v1/search?q=" + urllib.parse.quote(SEARCH_TERMS[pick_term()])))
    return plan


def cookie(sessions, reader, lang):
    return f"SESSION={sessions[reader]}; hcpress_lang={lang}"


def check(kind, path, status, body):
    if status != 200:
        fail(f"{path} ({kind}) answered {status} while pre-rendering (gate not passed? session expired?)")
    if kind == "article" and b'class="article-body"' not in body:
        fail(f"{path} is not the article page")
    if kind == "comments" and b"<li" not in body:
        fail(f"{path} holds no comments")
    if kind == "search":
        json.loads(body)


def prepare(args):
    articles, zones = read_corpus(args.corpus)
    sessions = [line.strip() for line in open(args.sessions, encoding="utf-8") if line.strip()]
    client = Client(args.base)
    plan = draw(articles, zones, len(sessions), args.requests)
    html_dir = os.path.join(args.out, "html", "p")
    os.makedirs(html_dir, exist_ok=True)
    pages = {}  # (lang, path, htmx) -> (file, bytes)
    lock = threading.Lock()

    def fetch(reader, lang, kind, path, htmx):
        key = (lang, path, htmx)
        with lock:
            if key in pages:
                return pages[key][2]
        headers = {"Cookie": cookie(sessions, reader, lang)}
        if htmx:
            headers["HX-Request"] = "true"
        status, _, body = client.request("GET", path, headers)
        check(kind, path, status, body)
        with lock:
            if key not in pages:
                name = f"{len(pages)}.{'json' if kind == 'search' else 'html'}"
                with open(os.path.join(html_dir, name), "wb") as out:
                    out.write(body)
                pages[key] = (name, len(body), body)
            return pages[key][2]

    # Comment pages: the cursor of "查看更多" comes from the page before it, as a reader's click does.
    cursors = {}

    def comment_path(reader, lang, slug, depth):
        if (lang, slug, depth) in cursors:
            return cursors[(lang, slug, depth)]
        path = f"/articles/{slug}/comments"
        for level in range(1, depth + 1):
            body = fetch(reader, lang, "comments", path, True)
            more = MORE_LINK.search(body.decode("utf-8"))
            if not more:
                fail(f"{path} has no 查看更多 link at level {level}")
            path = html.unescape(more.group(1))
        cursors[(lang, slug, depth)] = path
        return path

    started = time.time()
    requests = []
    first_seen = {}
    for reader, lang, kind, target in plan:
        if kind == "comments":
            target = comment_path(reader, lang, *target)
        requests.append((reader, lang, kind, target))
        first_seen.setdefault((lang, target, kind == "comments"), (reader, kind))
    top = articles[0]["slug"]
    chinese_readers = [r for r in range(len(sessions)) if r % 2 == 0][:64]
    first_seen.setdefault(("zh", "/articles/" + top, False), (chinese_readers[0], "article"))
    todo = [(r, lang, kind, path, htmx) for (lang, path, htmx), (r, kind) in first_seen.items()]
    with concurrent.futures.ThreadPoolExecutor(args.workers) as pool:
        for done, future in enumerate(concurrent.futures.as_completed(
                [pool.submit(fetch, *item) for item in todo]), 1):
            future.result()
            if done % 1000 == 0 or done == len(todo):
                print(f"   pre-rendered {done} of {len(todo)} distinct requests ({time.time() - started:.0f} s)",
                      flush=True)

    with open(os.path.join(args.out, "requests.tsv"), "w", encoding="utf-8") as out:
        for reader, lang, kind, path in requests:
            out.write(f"{path}\t{cookie(sessions, reader, lang)}\t{1 if kind == 'comments' else 0}\n")
    with open(os.path.join(args.out, "one.tsv"), "w", encoding="utf-8") as out:
        for reader in chinese_readers:
            out.write(f"/articles/{top}\t{cookie(sessions, reader, 'zh')}\t0\n")
    with open(os.path.join(args.out, "nginx-map.conf"), "w", encoding="utf-8") as out:
        for (lang, path, _), (name, _, _) in sorted(pages.items()):
            out.write(f'    "{lang}:{path}" /p/{name};\n')

    kinds = Counter(kind for _, _, kind, _ in requests)
    mean = sum(pages[(lang, path, kind == "comments")][1] for _, lang, kind, path in requests) / len(requests)
    sizes = sorted(a["bytes"] for a in articles)
    summary = [
        f"requests drawn: {len(requests)} ({', '.join(f'{k} {100 * kinds[k] / len(requests):.1f} %' for k, _ in MIX)})",
        f"distinct requests pre-rendered: {len(pages)}",
        f"distinct articles read: {len({p.split('?')[0] for _, _, k, p in requests if k == 'article'})} of {len(articles)}",
        f"share of article views on the 10 most read articles: "
        f"{100 * sum(1 for _, _, k, p in requests if k == 'article' and p.split('?')[0] in {'/articles/' + a['slug'] for a in articles[:10]}) / max(1, kinds['article']):.1f} %",
        f"requests with ?refstyle=: {100 * sum(1 for r in requests if 'refstyle=' in r[3]) / len(requests):.1f} %",
        f"mean answer body over the sequence: {mean / 1024:.1f} KB",
        f"article bodies (Markdown): min {sizes[0] / 1024:.1f} KB, median {sizes[len(sizes) // 2] / 1024:.1f} KB, "
        f"max {sizes[-1] / 1024:.1f} KB",
        f"one-article run: /articles/{top} ({pages[('zh', '/articles/' + top, False)][1]} bytes)",
    ]
    with open(os.path.join(args.out, "plan.txt"), "w", encoding="utf-8") as out:
        out.writelines(line + "\n" for line in summary)
    print("\n".join("   " + line for line in summary))


def jfr_top(args):
    """The hottest methods (top frame), where in HCPress they are reached from, and the HCPress methods
    with the most samples beneath them (lambdas and the filter every request passes are skipped)."""
    output = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample",
                             args.recording], check=True, capture_output=True, text=True).stdout
    events = json.loads(output)["recording"]["events"]
    top_frames, paths, inclusive = Counter(), Counter(), Counter()
    for event in events:
        frames = event["values"]["stackTrace"]["frames"]
        if not frames:
            continue
        names = [f'{f["method"]["type"]["name"]}.{f["method"]["name"]}'.replace("/", ".") for f in frames]
        top_frames[names[0]] += 1
        app = [n for n in names if n.startswith("com.hcpress.") and "$$Lambda" not in n and ".lambda$" not in n
               and not n.endswith("Filter.doFilter") and not n.endswith("Filter.doFilterInternal")]
        paths[short(names[0]) + " ← " + (short(app[0]) if app else "(no HCPress frame)")] += 1
        for name in dict.fromkeys(app):
            inclusive[short(name)] += 1
    total = max(1, sum(top_frames.values()))
    print(f"{total} execution samples")
    print("\nHottest paths (top frame ← innermost HCPress method), share of samples:")
    for name, count in paths.most_common(args.top):
        print(f"  {100 * count / total:5.1f} %  {name}")
    print("\nHottest methods (top frame):")
    for name, count in top_frames.most_common(args.top):
        print(f"  {100 * count / total:5.1f} %  {name}")
    print("\nHCPress methods with the most samples beneath them (inclusive):")
    for name, count in inclusive.most_common(args.top):
        print(f"  {100 * count / total:5.1f} %  {name}")


def cpu_split(args):
    """Where the machine's CPU went over the next S seconds: HCPress's JVM, PostgreSQL, wrk, nginx, the
    rest, and idle, as shares of both cores (from /proc, so the kernel's work for each process counts)."""
    def processes():
        ticks = Counter()
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open(f"/proc/{pid}/stat") as stat:
                    text = stat.read()
            except OSError:
                continue
            name = text[text.index("(") + 1:text.rindex(")")]
            fields = text[text.rindex(")") + 2:].split()
            who = "HCPress" if pid == str(args.app_pid) else name if name in ("postgres", "wrk", "nginx") else "other"
            ticks[who] += int(fields[11]) + int(fields[12])
        return ticks

    def machine():
        with open("/proc/stat") as stat:
            fields = [int(v) for v in stat.readline().split()[1:9]]
        return sum(fields), fields[3] + fields[4]

    before, (total_before, idle_before) = processes(), machine()
    time.sleep(args.seconds)
    after, (total_after, idle_after) = processes(), machine()
    total = max(1, total_after - total_before)
    # A process that ended meanwhile is not counted; one started meanwhile counts from its start.
    shares = {who: 100 * max(0, after[who] - before.get(who, 0)) / total for who in after}
    order = ["HCPress", "postgres", "wrk", "nginx", "other"]
    parts = [f"{who} {shares.get(who, 0):.0f}%" for who in order if shares.get(who, 0) >= 0.5]
    parts.append(f"idle {100 * (idle_after - idle_before) / total:.0f}%")
    print(", ".join(parts))


def short(name):
    """Class and method; a Spring Data repository's generated proxy is called "Repository"."""
    name = re.sub(r"\$Proxy\d+", "Repository", name)
    parts = name.split(".")
    return ".".join(parts[-2:]) if len(parts) > 2 else name


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("prepare")
    p.add_argument("--base", required=True)
    p.add_argument("--corpus", required=True)
    p.add_argument("--sessions", required=True)
    p.add_argument("--requests", type=int, default=200000)
    p.add_argument("--out", required=True)
    p.add_argument("--workers", type=int, default=6)
    p = commands.add_parser("jfr-top")
    p.add_argument("recording")
    p.add_argument("--top", type=int, default=5)
    p = commands.add_parser("cpu-split")
    p.add_argument("--seconds", type=float, required=True)
    p.add_argument("--app-pid", type=int, required=True)
    args = parser.parse_args()
    {"prepare": prepare, "jfr-top": jfr_top, "cpu-split": cpu_split}[args.command](args)


if __name__ == "__main__":
    main()
