import type { Migration } from './migration'

/**
 * What the hub set aside when a live document failed its check on loading: each update of the log that
 * made it fail, or a snapshot that had to be repaired, as it was stored. Never deleted: it is the
 * evidence of what happened and the way back to any of it.
 */
export const liveDocQuarantine: Migration = {
  version: 8,
  name: 'live-doc-quarantine',
  sql: /* sql */ `
    CREATE TABLE live_doc_quarantine (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      doc_name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('update', 'snapshot')),
      data BLOB NOT NULL,
      reason TEXT NOT NULL,
      set_aside_at TEXT NOT NULL
    );
    CREATE INDEX live_doc_quarantine_by_doc ON live_doc_quarantine(doc_name, id);
  `,
}
