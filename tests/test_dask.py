"""The per-article step mapped by Dask's distributed scheduler (worker processes on this machine).

The records come back from other processes; linking them here gives the same bytes as
building in this process. The cluster listens on 127.0.0.1 only and is closed by the test.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from graph import api, ingest, link, rdf

distributed = pytest.importorskip("distributed", reason="the dask extra: pip install -e '.[dask]'")

SAMPLES = Path(__file__).resolve().parent.parent / "graph" / "data" / "samples"


def test_dask_workers_map_the_pure_article_step_to_the_same_graph():
    articles = list(ingest.iter_articles([SAMPLES], on_error=lambda err: pytest.fail(str(err))))
    assert len(articles) == 4
    # one worker process: each builds its own pipelines, which is the cost of this test
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster, timeout=60) as client:
        futures = client.map(api.extract, articles, pure=True)
        facts = client.gather(futures)
        pids = set(client.run(lambda: __import__("os").getpid()).values())
    assert [f.article.id for f in facts] == [a.id for a in articles]
    assert __import__("os").getpid() not in pids  # extracted in another process
    from_dask = rdf.serialize(rdf.to_graph(link.link(facts)), suffix=".nt")
    here, _ = api.build_graph([SAMPLES])
    assert from_dask == rdf.serialize(here, suffix=".nt")
    assert from_dask.count(b"ontology#Pledge> .") >= 5
