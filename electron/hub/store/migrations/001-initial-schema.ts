import type { Migration } from './migration'

export const initialSchema: Migration = {
  version: 1,
  name: 'initial-schema',
  sql: /* sql */ `
    CREATE TABLE workshops (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      venue TEXT NOT NULL,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      language TEXT NOT NULL,
      facilitator TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE counties (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      name_en TEXT NOT NULL,
      province TEXT NOT NULL,
      province_en TEXT NOT NULL,
      prefecture TEXT NOT NULL,
      prefecture_en TEXT NOT NULL,
      population INTEGER,
      poor_villages INTEGER,
      registered_poor_households INTEGER,
      registered_poor_people INTEGER,
      baseline_year INTEGER,
      remaining_poor_people INTEGER,
      remaining_poor_year INTEGER,
      poverty_incidence REAL,
      signature_products TEXT NOT NULL,
      notes TEXT NOT NULL,
      sources TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX counties_by_workshop ON counties(workshop_id, position);

    CREATE TABLE groups (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      county_id TEXT NOT NULL REFERENCES counties(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      members TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (workshop_id, county_id)
    );

    CREATE TABLE agenda_days (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      title TEXT NOT NULL
    );
    CREATE INDEX agenda_days_by_workshop ON agenda_days(workshop_id, position);

    CREATE TABLE agenda_sessions (
      id TEXT PRIMARY KEY,
      day_id TEXT NOT NULL REFERENCES agenda_days(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      start_time TEXT NOT NULL
    );
    CREATE INDEX agenda_sessions_by_day ON agenda_sessions(day_id, position);

    CREATE TABLE agenda_items (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES agenda_sessions(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      planned_minutes INTEGER NOT NULL
    );
    CREATE INDEX agenda_items_by_session ON agenda_items(session_id, position);

    CREATE TABLE poverty_lines (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      yuan_per_person_year REAL NOT NULL,
      basis TEXT NOT NULL,
      source TEXT NOT NULL,
      verified INTEGER NOT NULL,
      PRIMARY KEY (workshop_id, year)
    );
  `,
}
