import type { Migration } from './migration'

/**
 * Follow-up review rounds (跟踪复盘) and the counties' reports for them. A report is one JSON document
 * (shared/follow-up/follow-up-report-schema.ts), validated on the way in and out: it carries its own frozen
 * targets, so it reads the same whatever later happens to the plan. A report goes with its round and with
 * its county.
 */
export const followUpReviews: Migration = {
  version: 10,
  name: 'follow-up-reviews',
  sql: /* sql */ `
    CREATE TABLE follow_up_rounds (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      date TEXT NOT NULL,
      plan_year INTEGER NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX follow_up_rounds_by_workshop ON follow_up_rounds(workshop_id, date, created_at);
    CREATE TABLE follow_up_reports (
      round_id TEXT NOT NULL REFERENCES follow_up_rounds(id) ON DELETE CASCADE,
      county_id TEXT NOT NULL REFERENCES counties(id) ON DELETE CASCADE,
      report TEXT NOT NULL,
      reported_at TEXT NOT NULL,
      PRIMARY KEY (round_id, county_id)
    );
    CREATE INDEX follow_up_reports_by_county ON follow_up_reports(county_id);
  `,
}
