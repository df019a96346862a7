import type { Migration } from './migration'

/** Live (Yjs) documents, their update log, and the join codes and tokens that grant access to them. */
export const liveDocumentsAndAccess: Migration = {
  version: 2,
  name: 'live-documents-and-access',
  sql: /* sql */ `
    -- The latest compacted state of each live document.
    CREATE TABLE live_docs (
      name TEXT PRIMARY KEY,
      snapshot BLOB NOT NULL,
      updated_at TEXT NOT NULL
    );

    -- Append-only log of accepted updates since the snapshot; folded into it by compaction.
    CREATE TABLE live_doc_updates (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      doc_name TEXT NOT NULL,
      data BLOB NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX live_doc_updates_by_doc ON live_doc_updates(doc_name, id);

    -- One join code per group; stable, so a printed QR code keeps working across restarts.
    CREATE TABLE join_codes (
      group_id TEXT PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,
      code TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    );

    -- Bearer tokens, stored as SHA-256 hashes. Group tokens are scoped to one county's plan.
    CREATE TABLE access_tokens (
      token_hash TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('facilitator', 'group')),
      workshop_id TEXT REFERENCES workshops(id) ON DELETE CASCADE,
      county_id TEXT REFERENCES counties(id) ON DELETE CASCADE,
      group_id TEXT REFERENCES groups(id) ON DELETE CASCADE,
      display_name TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      revoked_at TEXT
    );
    CREATE INDEX access_tokens_by_workshop ON access_tokens(workshop_id, kind);

    -- Small hub-wide settings, e.g. the facilitator token handed to windows on this machine.
    CREATE TABLE hub_settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `,
}
