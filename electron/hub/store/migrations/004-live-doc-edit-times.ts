import type { Migration } from './migration'

/**
 * When a person last changed each live document, for the console's "latest edit". Neither the update
 * log nor the snapshot can say it: the hub writes updates of its own (a new plan's first structure)
 * and compaction rewrites the snapshot's time. Documents edited before this table existed get their
 * latest logged update or snapshot time, the best estimate there is.
 */
export const liveDocEditTimes: Migration = {
  version: 4,
  name: 'live-doc-edit-times',
  sql: /* sql */ `
    CREATE TABLE live_doc_edits (
      name TEXT PRIMARY KEY,
      edited_at TEXT NOT NULL
    );

    INSERT INTO live_doc_edits (name, edited_at)
    SELECT name, MAX(at) FROM (
      SELECT name, updated_at AS at FROM live_docs
      UNION ALL
      SELECT doc_name AS name, created_at AS at FROM live_doc_updates
    )
    GROUP BY name;
  `,
}
