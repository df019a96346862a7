import * as Y from 'yjs'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { planProse } from '../../shared/live/plan-doc'
import {
  COUNTY_DATA_CARD_ROOTS,
  setDataCardField,
} from '../../shared/exercises/county-data-card/county-data-card-doc'
import {
  DATA_CARD_FIELDS,
  YEAR_FIELDS,
} from '../../shared/exercises/county-data-card/county-data-card-schema'
import { SWOT_QUADRANTS } from '../../shared/exercises/swot/swot-schema'

export type EditKind = 'prose' | 'dataCard' | 'swot'

/** Share of each kind of edit: mostly typing, some figures, a few new SWOT cards. */
export const EDIT_MIX: Record<EditKind, number> = { prose: 0.6, dataCard: 0.25, swot: 0.15 }

/**
 * The map the benchmark's markers go in: a plan root a group may write (the hub refuses a write to any
 * root a plan does not have), under keys (`<client>:<n>`) that no data-card field has, so the plan's
 * reader never sees them.
 */
export const MARKER_MAP = COUNTY_DATA_CARD_ROOTS[0]

const CHARACTERS = '扶贫乌鸡电商合作社物流培训产业就业增收脱贫村镇县农户养殖种植销售品牌市场'
const MAX_PARAGRAPHS = 6

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

/**
 * Types into the situation summary the way the editor binding would: 1–3 characters at a random place
 * in one of its paragraphs, sometimes a backspace, sometimes a new paragraph.
 */
function typeProse(doc: Y.Doc, random: () => number): void {
  const fragment = planProse(doc, 'situationSummary')
  const newParagraph = fragment.length === 0 || (fragment.length < MAX_PARAGRAPHS && random() < 0.05)
  let paragraph: Y.XmlElement
  if (newParagraph) {
    paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText()])
    fragment.insert(fragment.length, [paragraph])
  } else {
    paragraph = fragment.get(Math.floor(random() * fragment.length)) as Y.XmlElement
  }
  let text = paragraph.get(0) as Y.XmlText | undefined
  if (!(text instanceof Y.XmlText)) {
    text = new Y.XmlText()
    paragraph.insert(0, [text])
  }
  if (text.length > 0 && random() < 0.1) {
    text.delete(Math.floor(random() * text.length), 1)
    return
  }
  const count = 1 + Math.floor(random() * 3)
  let typed = ''
  for (let index = 0; index < count; index++) typed += pick(random, [...CHARACTERS])
  text.insert(Math.floor(random() * (text.length + 1)), typed)
}

/** Picks the next edit's kind from the schedule's PRNG. */
export function nextEditKind(random: () => number): EditKind {
  const roll = random()
  if (roll < EDIT_MIX.prose) return 'prose'
  if (roll < EDIT_MIX.prose + EDIT_MIX.dataCard) return 'dataCard'
  return 'swot'
}

/**
 * One user edit plus its marker, in a single transaction, so they reach the server as one update: the
 * marker (key `<client>:<n>`) becomes visible on another client exactly when the edit does.
 */
export function applyEdit(doc: Y.Doc, kind: EditKind, random: () => number, marker: string): void {
  doc.transact(() => {
    if (kind === 'prose') typeProse(doc, random)
    else if (kind === 'dataCard') {
      const field = pick(random, DATA_CARD_FIELDS)
      const value = YEAR_FIELDS.includes(field)
        ? 2014 + Math.floor(random() * 7)
        : Math.floor(random() * 500_000)
      setDataCardField(doc, field, value)
    } else addSwotCard(doc, pick(random, SWOT_QUADRANTS), `${pick(random, [...CHARACTERS])}项目`)
    doc.getMap<number>(MARKER_MAP).set(marker, 1)
  })
}
