import type { Migration } from './migration'

/**
 * The facilitator's correction of a county's participants list (a JSON array of { name, post }). No row
 * means no correction: the list is suggested from the group's members and the names people joined under.
 */
export const countyParticipants: Migration = {
  version: 5,
  name: 'county-participants',
  sql: /* sql */ `
    CREATE TABLE county_participants (
      county_id TEXT PRIMARY KEY REFERENCES counties(id) ON DELETE CASCADE,
      participants TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
  `,
}
