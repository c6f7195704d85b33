"""The web service: a face of the pipeline for the commune office, its agencies and the city.

Modules, each with one job: `config` (settings), `db` (tables), `migrate` (Alembic at start),
`auth` (passwords, sessions, CSRF, login rate limit), `access` (who may see which unit and
agency), `storage` (files by content hash, a period's data swapped in atomically), `uploads`
(hostile-file checks and validation with the CLI's readers), `packs` (rule packs per unit),
`runs` (the quarter check on stored data, stored and re-run), `audit` (the append-only log),
`app` and `pages` (routes and server-rendered pages), `demo` (the demo unit and accounts).
The quarter check itself is `cchc_rules.pipeline`; nothing here judges anything.
"""
