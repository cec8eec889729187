// The run store's SQL schema, version by version. A new store is created at version 1 and
// migrated forward like an old one, so every migration runs in every test that opens a store.
#pragma once

namespace dbw::schema {

// "DBW1" as a big-endian integer, in PRAGMA application_id: marks a file as a run store.
constexpr int kApplicationId = 0x44425731;

// Version 1: runs, tags and one narrow metrics table.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('created','running','paused','finished','failed','stopped')),
  created_at TEXT NOT NULL,
  started_at TEXT,
  finished_at TEXT,
  config_json TEXT NOT NULL DEFAULT '{}',
  seed INTEGER,
  code_version TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE run_tags (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (run_id, tag)
) WITHOUT ROWID;
CREATE TABLE metrics (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  step INTEGER NOT NULL,
  value REAL,
  wall_time REAL NOT NULL,
  PRIMARY KEY (run_id, name, step)
) WITHOUT ROWID;
PRAGMA user_version = 1;
)sql";

// Version 2: run identity (hardware, corpus, tokenizer, parent), metric series with tokens seen,
// flags, a per-series summary and a decimation pyramid; evals, samples, trajectories, checkpoints.
// The point copy and the pyramid/summary rebuild follow in C++ (RunStore::migrate).
constexpr const char *kVersion1To2 = R"sql(
ALTER TABLE runs ADD COLUMN hardware_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE runs ADD COLUMN corpus_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE runs ADD COLUMN tokenizer_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE runs ADD COLUMN parent_run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL;
CREATE INDEX runs_created ON runs(created_at);
CREATE TABLE series (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  higher_is_better INTEGER NOT NULL DEFAULT 0,
  count INTEGER NOT NULL DEFAULT 0,
  nonfinite_count INTEGER NOT NULL DEFAULT 0,
  first_step INTEGER,
  last_step INTEGER,
  last_value REAL,
  min_value REAL,
  max_value REAL,
  best_value REAL,
  UNIQUE (run_id, name)
);
CREATE TABLE points (
  series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  value REAL,
  wall_time REAL NOT NULL,
  tokens_seen INTEGER NOT NULL DEFAULT 0,
  flags INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (series_id, step)
) WITHOUT ROWID;
CREATE TABLE point_blocks (
  series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
  level INTEGER NOT NULL,
  block INTEGER NOT NULL,
  first_step INTEGER NOT NULL,
  last_step INTEGER NOT NULL,
  count INTEGER NOT NULL,
  nonfinite_count INTEGER NOT NULL,
  min_value REAL,
  max_value REAL,
  last_value REAL,
  last_wall REAL NOT NULL,
  last_tokens INTEGER NOT NULL,
  PRIMARY KEY (series_id, level, block)
) WITHOUT ROWID;
INSERT INTO series (run_id, name) SELECT DISTINCT run_id, name FROM metrics;
INSERT INTO points (series_id, step, value, wall_time, tokens_seen, flags)
  SELECT s.id, m.step, m.value, m.wall_time, 0, CASE WHEN m.value IS NULL THEN 1 ELSE 0 END
  FROM metrics m JOIN series s ON s.run_id = m.run_id AND s.name = m.name;
DROP TABLE metrics;
CREATE TABLE evals (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  split TEXT NOT NULL,
  recipe_json TEXT NOT NULL,
  results_json TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX evals_run ON evals(run_id);
CREATE TABLE samples (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  text TEXT NOT NULL,
  token_ids TEXT NOT NULL,
  sampler_json TEXT NOT NULL,
  metrics_json TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX samples_run ON samples(run_id);
CREATE TABLE trajectories (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  sample_id INTEGER REFERENCES samples(id) ON DELETE SET NULL,
  format TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX trajectories_run ON trajectories(run_id);
CREATE TABLE checkpoints (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  path TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  metrics_json TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX checkpoints_run ON checkpoints(run_id);
PRAGMA user_version = 2;
)sql";

// Version 3: archived runs (hidden from the run list unless asked for; nothing is deleted).
constexpr const char *kVersion2To3 = R"sql(
ALTER TABLE runs ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
PRAGMA user_version = 3;
)sql";

// Version 4: the process writing a running run (pid, host, heartbeat in Unix seconds), so that a
// live run cannot be deleted and one whose writer died reads as interrupted.
constexpr const char *kVersion3To4 = R"sql(
ALTER TABLE runs ADD COLUMN writer_pid INTEGER;
ALTER TABLE runs ADD COLUMN writer_host TEXT;
ALTER TABLE runs ADD COLUMN writer_heartbeat REAL;
PRAGMA user_version = 4;
)sql";

// Version 5: per-sentence values of an evaluation (paired comparisons), and the evaluations of
// continuous-time runs made before the evaluator's fix marked as invalid: it summed the continuous
// NELBO integrand once per chain term as if it were a one-step KL, overstating the bound by T/s.
// Their validation series are renamed under "invalid/" so that no view shows them as bounds.
constexpr const char *kVersion4To5 = R"sql(
ALTER TABLE evals ADD COLUMN per_sentence_json TEXT;
UPDATE evals SET recipe_json = json_set(recipe_json, '$.is_bound', json('false'),
    '$.invalid', 'continuous-time ELBO from before the fix (too large by T/s); evaluate the checkpoint again')
  WHERE run_id IN (SELECT id FROM runs WHERE CASE WHEN json_valid(config_json)
                   THEN json_extract(config_json, '$.diffusion.continuous_time') END = 1)
    AND json_valid(recipe_json);
UPDATE series SET name = 'invalid/' || name
  WHERE name IN ('valid/loss', 'valid/nelbo', 'valid/ppl_bound', 'valid/ppl_word')
    AND run_id IN (SELECT id FROM runs WHERE CASE WHEN json_valid(config_json)
                   THEN json_extract(config_json, '$.diffusion.continuous_time') END = 1);
PRAGMA user_version = 5;
)sql";

}  // namespace dbw::schema
