import type { Migration } from './migration'

/**
 * Versions of the county plans. A version does not copy the plan: `delta` holds only what the document
 * gained since the doc's previous version (a Yjs update against that version's state vector, with the
 * delete set of its time), so a plan's versions replayed in order rebuild any of them, and an unchanged
 * minute costs nothing. `state_vector` is what the next version's delta is
 * taken against, `digest` (of state vector and delete set) tells whether the plan changed since.
 * `plan_version_writers` collects who wrote to a plan since its last version (the facilitator as ''); a
 * version takes the names with it and clears them in one transaction.
 */
export const planVersions: Migration = {
  version: 9,
  name: 'plan-versions',
  sql: /* sql */ `
    CREATE TABLE plan_versions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      doc_name TEXT NOT NULL,
      created_at TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('auto', 'lock', 'agenda', 'manual', 'before-restore')),
      label TEXT NOT NULL DEFAULT '',
      editors TEXT NOT NULL DEFAULT '[]',
      delta BLOB NOT NULL,
      state_vector BLOB NOT NULL,
      digest BLOB NOT NULL
    );
    CREATE INDEX plan_versions_by_doc ON plan_versions(doc_name, id);
    CREATE TABLE plan_version_writers (
      doc_name TEXT NOT NULL,
      name TEXT NOT NULL,
      PRIMARY KEY (doc_name, name)
    );
  `,
}
