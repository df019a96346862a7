import type { Migration } from './migration'

/**
 * English versions of the texts that were Chinese only, so that each screen and export shows one
 * language: a workshop's title and venue, a county's notes, a poverty line's price basis and source.
 * (Products and data sources are JSON and take their English names without a schema change.) The
 * poverty-line rows every workshop was given, which held both languages in one text ("current prices /
 * 当年价"), are split into the two fields; rows a facilitator typed are left as they are.
 */
export const englishTexts: Migration = {
  version: 6,
  name: 'english-texts',
  sql: /* sql */ `
    ALTER TABLE workshops ADD COLUMN title_en TEXT NOT NULL DEFAULT '';
    ALTER TABLE workshops ADD COLUMN venue_en TEXT NOT NULL DEFAULT '';
    ALTER TABLE counties ADD COLUMN notes_en TEXT NOT NULL DEFAULT '';
    ALTER TABLE poverty_lines ADD COLUMN basis_en TEXT NOT NULL DEFAULT '';
    ALTER TABLE poverty_lines ADD COLUMN source_en TEXT NOT NULL DEFAULT '';

    UPDATE poverty_lines SET basis = '2010年不变价', basis_en = '2010 constant prices'
      WHERE basis = '2010 constant prices / 2010年不变价';
    UPDATE poverty_lines SET basis = '当年价', basis_en = 'current prices'
      WHERE basis = 'current prices / 当年价';
    UPDATE poverty_lines
      SET source = '2011年确定的国家农村贫困线', source_en = 'National rural poverty line adopted in 2011'
      WHERE source = 'National rural poverty line adopted in 2011 / 2011年确定的国家农村扶贫标准';
    UPDATE poverty_lines
      SET source = '常见引用值，未经核实',
        source_en = 'Commonly cited current-price value; not checked against an official release'
      WHERE source = 'Commonly cited current-price value; not checked against an official release / 常见引用值，未经核实';
  `,
}
