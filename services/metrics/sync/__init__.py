"""Keeping metrics' facts in step with intake's and measures' feeds.

* :mod:`.consumer`: the feed consumers (a thread per source: read a page, apply it, commit
  the cursor), with :mod:`.engine` (their own engine) and :mod:`.hook` (started by the app);
* :mod:`.state`: cursors, leases and recorded failures, the consumers' own tables;
* :mod:`.apply`: one module per event kind, turning events into fact rows;
* :mod:`.rebuild`: emptying the facts and replaying both feeds from the start;
* :mod:`.status`: how far each feed has been applied (``GET /v1/sync/status``).

The feeds are read through :mod:`services.metrics.clients`.
"""

__all__ = ["apply", "consumer", "engine", "hook", "rebuild", "state", "status"]
