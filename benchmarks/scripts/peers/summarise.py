"""Summarises the runs of benchmarks/scripts/peers.sh into Markdown: medians, paired ratios, checks, load.

Usage: /usr/bin/python3 summarise.py runs.tsv machine.txt load.txt load-samples.txt
"""
import csv
import statistics
import sys
from collections import defaultdict

runs_file, machine_file, load_file, samples_file = sys.argv[1:5]
rows = list(csv.DictReader(open(runs_file, encoding="utf-8"), delimiter="\t"))
by = defaultdict(list)
for r in rows:
    by[(r["workload"], r["tool"])].append(r)

GOALS = {  # workload: (peer, the largest ratio ours / peer that meets the goal), or seconds for the small file
    "big": [("pandas", 0.5), ("tableschema", 0.25)],
    "plan": [("ajv", 1.0)],
}
TITLES = {
    "big": "observation CSV, big file, validated against the 100-indicator plan",
    "small": "observation CSV, 10 rows, validated against the 100-indicator plan (start-up)",
    "plan": "plan document, 2,000 indicators",
}

print("## Peers run\n")
print("```")
print(open(machine_file, encoding="utf-8").read().rstrip())
print(open(load_file, encoding="utf-8").read().rstrip())
samples = [float(x) for x in open(samples_file, encoding="utf-8").read().split()]
if samples:
    print(f"1-minute load, sampled every 20 s: {len(samples)} samples, {min(samples):.2f} - {max(samples):.2f},"
          f" mean {statistics.mean(samples):.2f}")
print("```\n")
for work in ["big", "small", "plan"]:
    tools = [t for (w, t) in by if w == work]
    if not tools:
        continue
    print(f"### {TITLES[work]}\n")
    print("| tool | median wall s | min - max wall s | median CPU s (user + sys) | median peak RSS MiB | rounds"
          " | same bad rows found |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for t in tools:
        rs = by[(work, t)]
        secs = [float(r["seconds"]) for r in rs]
        cpu = [float(r["cpu_seconds"]) for r in rs]
        rss = [int(r["peak_rss_kib"]) / 1024 for r in rs]
        same = all(r["same"] == "yes" for r in rs)
        print(f"| {t} | {statistics.median(secs):.2f} | {min(secs):.2f} - {max(secs):.2f} |"
              f" {statistics.median(cpu):.2f} | {statistics.median(rss):.0f} | {len(rs)} | {'yes' if same else 'NO'} |")
    print()
    ours = [t for t in tools if t.startswith("ours")]
    if work == "small":
        print("| tool | median wall s | median CPU s | goal: wall <= 0.50 s |")
        print("|---|---:|---:|---|")
        for t in ours:
            m = statistics.median(float(r["seconds"]) for r in by[(work, t)])
            c = statistics.median(float(r["cpu_seconds"]) for r in by[(work, t)])
            print(f"| {t} | {m:.2f} | {c:.2f} | {'met' if m <= 0.5 else f'missed, x{m / 0.5:.2f}'} |")
        print()
        continue
    print("| ratio ours / peer (paired rounds) | wall: median | wall: min - max | CPU: median | goal (wall) |")
    print("|---|---:|---:|---:|---|")
    for peer, goal in GOALS[work]:
        if (work, peer) not in by:
            continue
        peer_wall = {r["round"]: float(r["seconds"]) for r in by[(work, peer)]}
        peer_cpu = {r["round"]: float(r["cpu_seconds"]) for r in by[(work, peer)]}
        for t in ours:
            ratios = [float(r["seconds"]) / peer_wall[r["round"]] for r in by[(work, t)]
                      if peer_wall.get(r["round"])]
            cpu = [float(r["cpu_seconds"]) / peer_cpu[r["round"]] for r in by[(work, t)]
                   if peer_cpu.get(r["round"])]
            m = statistics.median(ratios)
            verdict = "met" if m <= goal else f"missed, x{m / goal:.2f}"
            print(f"| {t} / {peer} | {m:.2f} | {min(ratios):.2f} - {max(ratios):.2f} | {statistics.median(cpu):.2f}"
                  f" | <= {goal}: {verdict} |")
    print()
