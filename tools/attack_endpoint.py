"""Try a running `newsgraph serve` as a hostile client would, on loopback, and print what happened.

    python tools/attack_endpoint.py --url http://127.0.0.1:8000/sparql --pid SERVER_PID [--only NAME ...]

Every attack prints one line: its name, the HTTP status (or error), the seconds it took,
and what was measured (listener hits, CPU seconds of the server's processes, memory).
The SERVICE attacks start a listener on 127.0.0.1 and count the requests it receives.
"""
from __future__ import annotations

import argparse
import os
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SIMPLE = "SELECT ?s WHERE { ?s a <https://w3id.org/newsgraph/ontology#Country> } LIMIT 5"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
REGEX_BOMB = 'ASK { FILTER(REGEX("' + "a" * 29 + '!", "^(a+)+$")) }'
CONCAT_BOMB = "SELECT (STRLEN(?z) AS ?n) WHERE { BIND(\"xxxxxxxxxxxxxxxx\" AS ?a0) " + " ".join(
    f"BIND(CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(28)
) + " BIND(?a28 AS ?z) }"
VALUES_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(
    f"VALUES ?v{i} {{ {' '.join(str(j) for j in range(60))} }}" for i in range(6)
) + " }"


def request(url, *, data=None, headers=None, method=None, timeout=120):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    start = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = resp.read().decode("utf-8", "replace")
            return resp.status, dict(resp.headers), body, time.monotonic() - start
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read().decode("utf-8", "replace"), time.monotonic() - start
    except Exception as err:  # noqa: BLE001 (a measurement: every failure is a result)
        return type(err).__name__, {}, str(err), time.monotonic() - start


def get(url, query, **kw):
    return request(url + "?" + urllib.parse.urlencode({"query": query}), **kw)


def tree(pid):
    """The pid and every descendant."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as handle:
                    todo.extend(int(c) for c in handle.read().split())
        except OSError:
            pass
    return found


def cpu_by_pid(pid):
    """CPU seconds used so far by the server and each of its descendants, by pid."""
    found = {}
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            found[p] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            pass
    return found


def cpu_seconds(pid):
    return sum(cpu_by_pid(pid).values())


def cpu_between(pid, seconds):
    """CPU seconds the server's processes used in the next ``seconds`` (killed processes count no more)."""
    before = cpu_by_pid(pid)
    time.sleep(seconds)
    after = cpu_by_pid(pid)
    return sum(cpu - before.get(p, 0.0) for p, cpu in after.items())


def rss_mb(pid):
    total = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def threads(pid):
    try:
        return len(os.listdir(f"/proc/{pid}/task"))
    except OSError:
        return -1


class Listener(BaseHTTPRequestHandler):
    def _hit(self):
        self.server.hits.append((self.command, self.path, self.headers.get("User-Agent")))
        self.send_response(500)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = _hit

    def log_message(self, *args):
        pass


def listener():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Listener)
    srv.hits = []
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def service_bypass(url, pid, how):
    srv = listener()
    port = srv.server_address[1]
    svc = f"SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }}"
    if how == "u0022":
        text = 'SELECT * WHERE { BIND("a\\u0022 + " AS ?x) ' + svc + ' BIND(" + \\u0022d" AS ?y) }'
    else:
        text = "SELECT * WHERE { ?s ?p ?o # a comment\r " + svc + "\n }"
    status, _, body, took = get(url, text)
    time.sleep(0.3)
    srv.shutdown()
    return f"status {status} in {took:.2f}s, listener hits {len(srv.hits)} {srv.hits[:1]}; {body.strip()[:90]!r}"


def parallel_first_use(url, pid, clients=20):
    form = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/newsgraph/ontology#Pledge> ; ?p ?o } LIMIT 3"
    barrier = threading.Barrier(clients)

    def one(_):
        barrier.wait()
        return get(url, form)[0]

    with ThreadPoolExecutor(clients) as pool:
        first = list(pool.map(one, range(clients)))
    later = [get(url, form)[0] for _ in range(5)]
    return f"first wave {sorted(set(map(str, first)))} ({first.count(200)}/{clients} ok), later {later}"


def slow_with_probe(url, pid, query):
    before = cpu_seconds(pid)
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("r", get(url, query)))
    thread.start()
    time.sleep(0.5)
    probe = get(url, "ASK { ?s ?p ?o }")
    thread.join()
    status, _, body, took = box["r"]
    after = cpu_between(pid, 1.0)
    return (
        f"status {status} after {took:.1f}s ({body.strip()[:70]!r}); an ASK meanwhile: {probe[0]} in {probe[3]:.2f}s; "
        f"server CPU {cpu_seconds(pid) - before:.1f}s (live processes), {after:.2f}s in the second after the answer"
    )


def memory_bomb(url, pid):
    peak, box = 0.0, {}
    thread = threading.Thread(target=lambda: box.setdefault("r", get(url, CONCAT_BOMB)))
    thread.start()
    while thread.is_alive():
        peak = max(peak, rss_mb(pid))
        time.sleep(0.05)
    status, _, body, took = box["r"]
    return f"status {status} after {took:.1f}s ({body.strip()[:70]!r}); peak RSS of the server {peak:.0f} MB"


def big_filter(url, pid, kb=159):
    clause = " || ".join(f"?o = {i}" for i in range(kb * 1024 // 12))
    text = f"ASK {{ ?s ?p ?o FILTER({clause}) }}"
    status, _, body, took = request(url, data=text.encode(), headers={"Content-Type": "application/sparql-query"}, timeout=200)
    return f"{len(text) // 1024} KB: status {status} after {took:.1f}s ({body.strip()[:70]!r})"


def cors_and_host(url, pid):
    status, headers, _, _ = get(url, "ASK {}", headers={"Origin": "http://evil.example"})
    acao = headers.get("Access-Control-Allow-Origin")
    host_status = get(url, "ASK {}", headers={"Host": "evil.example:8000"})[0]
    return f"Origin evil.example: status {status}, Access-Control-Allow-Origin {acao!r}; Host evil.example: status {host_status}"


def limit_huge(url, pid):
    status, _, body, _ = get(url, "SELECT * WHERE { ?s ?p ?o } LIMIT " + str(10**24))
    return f"status {status}: {body.strip()[:100]!r}"


def idle_connections(url, pid, count=100, wait=12.0):
    parts = urllib.parse.urlsplit(url)
    before = threads(pid)
    socks = []
    for _ in range(count):
        s = socket.create_connection((parts.hostname, parts.port), timeout=5)
        s.sendall(b"GET /sparql?query=ASK")  # never finished
        socks.append(s)
    time.sleep(1.0)
    held = threads(pid)
    time.sleep(wait)
    closed = 0
    for s in socks:
        s.settimeout(0.2)
        try:
            closed += s.recv(1) == b"" or 1
        except (socket.timeout, OSError):
            pass
        s.close()
    return f"{count} half-open connections: server threads {before} -> {held}; closed by the server after {wait + 1:.0f}s: {closed}"


def load(url, pid, clients=20, each=50, query=SIMPLE):
    times, errors = [], []

    def client(_):
        for _ in range(each):
            status, _, _, took = get(url, query, timeout=30)
            (times if status == 200 else errors).append(took if status == 200 else status)

    start = time.monotonic()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    wall = time.monotonic() - start
    times.sort()
    if not times:
        return f"{clients}x{each}: 0 ok, {len(errors)} errors {sorted(set(map(str, errors)))[:3]}"
    p = lambda f: times[min(len(times) - 1, int(f * len(times)))] * 1000  # noqa: E731
    return (
        f"{clients}x{each}: {len(times)} ok, {len(errors)} errors {sorted(set(map(str, errors)))[:3]}, "
        f"p50 {p(0.5):.0f} ms, p99 {p(0.99):.0f} ms, max {times[-1] * 1000 if times else 0:.0f} ms, {len(times) / wall:.0f}/s"
    )


def load_under_attack(url, pid):
    """The load test while a runaway (cartesian) and a regex bomb run; then how each ended and the CPU after."""
    ended = {}
    begun = time.monotonic()

    def hostile(name, text):
        status = get(url, text)[0]
        ended[name] = (status, time.monotonic() - begun)

    bad = [threading.Thread(target=hostile, args=item) for item in (("runaway", CARTESIAN), ("regex bomb", REGEX_BOMB))]
    for t in bad:
        t.start()
    time.sleep(0.3)
    line = load(url, pid)
    for t in bad:
        t.join()
    how = ", ".join(f"{name} {status} after {took:.1f}s" for name, (status, took) in sorted(ended.items()))
    return line + f"; {how}; server CPU in the second after: {_cpu_second(pid):.2f}s"


def load_under_runaways(url, pid, count=4):
    """The load test while ``count`` runaways run (as many as the server's default --workers), and one more."""
    ended = []
    begun = time.monotonic()

    def hostile():
        status = get(url, CARTESIAN)[0]
        ended.append((status, round(time.monotonic() - begun, 1)))

    bad = [threading.Thread(target=hostile) for _ in range(count)]
    for t in bad:
        t.start()
    time.sleep(0.5)
    box = {}
    more = threading.Thread(target=lambda: box.setdefault("extra", get(url, CARTESIAN)))
    more.start()
    line = load(url, pid)
    for t in [*bad, more]:
        t.join()
    extra = box["extra"]
    return (
        line + f"; {count} runaways ended {sorted(ended)}; one more: {extra[0]} {extra[2].strip()[:60]!r} after {extra[3]:.1f}s; "
        f"server CPU in the second after: {_cpu_second(pid):.2f}s"
    )


def _cpu_second(pid):
    return cpu_between(pid, 1.0)


ATTACKS = {
    "service-u0022": lambda u, p: service_bypass(u, p, "u0022"),
    "service-cr-comment": lambda u, p: service_bypass(u, p, "cr"),
    "parallel-first-use": parallel_first_use,
    "regex-bomb": lambda u, p: slow_with_probe(u, p, REGEX_BOMB),
    "cartesian": lambda u, p: slow_with_probe(u, p, CARTESIAN),
    "values-product": lambda u, p: slow_with_probe(u, p, VALUES_PRODUCT),
    "concat-memory": memory_bomb,
    "big-filter": big_filter,
    "cors-host": cors_and_host,
    "limit-1e24": limit_huge,
    "idle-connections": idle_connections,
    "load": load,
    "load-again": load,
    "load-under-attack": load_under_attack,
    "load-under-runaways": load_under_runaways,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--pid", type=int, required=True, help="the server's process id (CPU and memory are read from /proc)")
    parser.add_argument("--only", nargs="*", choices=sorted(ATTACKS))
    parser.add_argument("--warm", action="store_true", help="first send one query of each form, one at a time")
    parser.add_argument("--repeat", type=int, default=1, help="run the chosen attacks this many times (medians need several)")
    args = parser.parse_args()
    if args.warm:
        for text in ("ASK {}", SIMPLE, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "DESCRIBE <http://a>"):
            get(args.url, text)
    for _ in range(args.repeat):
        for name in args.only or ATTACKS:
            load_average = os.getloadavg()[0]
            print(f"{name:<20} {ATTACKS[name](args.url, args.pid)} [load average {load_average:.1f}]", flush=True)


if __name__ == "__main__":
    main()
