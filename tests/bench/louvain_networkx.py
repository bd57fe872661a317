"""networkx's Louvain on the same weighted graph as ours, for the benchmark.

stdin: {"nodes": [...], "edges": [[source, target, weight], ...], "ours": [community index per node], "runs": n}
stdout: {"seconds": [...], "modularity": q of networkx's partition, "oursModularity": q of ours, both by networkx}
"""
import json
import sys
import time

import networkx as nx

data = json.load(sys.stdin)
graph = nx.Graph()
graph.add_nodes_from(data["nodes"])
graph.add_weighted_edges_from((s, t, w) for s, t, w in data["edges"])

seconds = []
partition = None
for run in range(data["runs"]):
    started = time.perf_counter()
    partition = nx.community.louvain_communities(graph, weight="weight", resolution=1, seed=run + 1)
    seconds.append(time.perf_counter() - started)

ours = {}
for node, community in zip(data["nodes"], data["ours"]):
    ours.setdefault(community, set()).add(node)

print(json.dumps({
    "seconds": seconds,
    "modularity": nx.community.modularity(graph, partition, weight="weight"),
    "oursModularity": nx.community.modularity(graph, list(ours.values()), weight="weight"),
    "communities": len(partition),
}))
