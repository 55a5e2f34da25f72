"""The pure-Python core: editions, report model, derivations, store and session. Never imports Qt."""
