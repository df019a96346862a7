import { DEFAULT_RESOURCES } from '../../../../shared/resources/default-resources'
import type { Migration } from './migration'

/** A JSON document as an SQL string literal (quotes doubled): the data is ours, never user input. */
const sqlLiteral = (value: unknown) => `'${JSON.stringify(value).replaceAll("'", "''")}'`

/**
 * Each workshop's own editable copy of the resource catalogue. Ids are the catalogue's stable slugs,
 * unique per workshop only, so plans' matches in every workshop can name the same default resource.
 * Texts are JSON objects with one entry per locale. Workshops created before this migration receive
 * the default catalogue of the build that migrates them, as new workshops do.
 */
export const resourceCatalogue: Migration = {
  version: 3,
  name: 'resource-catalogue',
  sql: /* sql */ `
    CREATE TABLE resources (
      workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      provider TEXT NOT NULL,
      description TEXT NOT NULL,
      PRIMARY KEY (workshop_id, id)
    );
    CREATE INDEX resources_by_workshop ON resources(workshop_id, position);

    INSERT INTO resources (workshop_id, id, position, kind, title, provider, description)
    SELECT w.id,
      json_extract(r.value, '$.id'),
      r.key,
      json_extract(r.value, '$.kind'),
      json_extract(r.value, '$.title'),
      json_extract(r.value, '$.provider'),
      json_extract(r.value, '$.description')
    FROM workshops w, json_each(${sqlLiteral(DEFAULT_RESOURCES)}) r;
  `,
}
