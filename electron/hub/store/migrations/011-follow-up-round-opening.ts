import type { Migration } from './migration'

/**
 * Whether a follow-up round is open to the counties' own entry: the facilitator opens it when the county
 * teams are to fill their reports themselves, and closes it again; the hub refuses a group's write to a
 * closed round. Every round made before starts closed, as it was then.
 */
export const followUpRoundOpening: Migration = {
  version: 11,
  name: 'follow-up-round-opening',
  sql: /* sql */ `
    ALTER TABLE follow_up_rounds
      ADD COLUMN open_to_counties INTEGER NOT NULL DEFAULT 0 CHECK (open_to_counties IN (0, 1));
  `,
}
