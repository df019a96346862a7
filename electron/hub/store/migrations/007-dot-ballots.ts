import type { Migration } from './migration'

/**
 * Secret ballots: each member's dots, out of the plan documents every device of the county receives.
 * `voter` is what the hub derives from the caller's token (shared by a member's devices, never chosen by
 * one), or "device:<id>" for the dots moved from a plan written before this table existed. Only the hub
 * reads it; devices see their own row set and, after the reveal, the totals the hub publishes.
 */
export const dotBallots: Migration = {
  version: 7,
  name: 'dot-ballots',
  sql: /* sql */ `
    CREATE TABLE dot_ballots (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      county_id TEXT NOT NULL REFERENCES counties(id) ON DELETE CASCADE,
      voter TEXT NOT NULL,
      card_id TEXT NOT NULL,
      dots INTEGER NOT NULL CHECK (dots > 0),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (workshop_id, county_id, voter, card_id)
    );
  `,
}
