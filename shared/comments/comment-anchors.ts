import type { Plan } from '../live/plan-schema'
import type { ExerciseKind } from '../program/exercise-kinds'
import type { CommentAnchor, CommentItemKind } from './comment-schema'

export interface AnchorItem {
  kind: CommentItemKind
  id: string
  /** What the item says, to choose it by and to show beside its comments. */
  label: string
  /** A paragraph's opening words, kept in the anchor to find it again (and to name it once deleted). */
  excerpt?: string
}

/** How many characters of a paragraph's opening a comment keeps: a short clause of Chinese. */
export const OPENING_LENGTH = 24

/** A paragraph's opening words, as a comment anchors to them. */
export const openingWords = (text: string) => [...text.trim()].slice(0, OPENING_LENGTH).join('').trimEnd()

/** The situation summary's paragraphs that say something, by position, each labelled by its opening. */
function summaryParagraphs(plan: Plan): AnchorItem[] {
  return plan.prose.situationSummary.flatMap((text, index) => {
    const excerpt = openingWords(text)
    if (excerpt === '') return []
    const label = text.trim().length > excerpt.length ? `${excerpt}…` : excerpt
    return [{ kind: 'paragraph' as const, id: `p${index}`, label, excerpt }]
  })
}

/**
 * The paragraph an anchor points at now: of those that still open with its words, the one nearest its
 * old position (paragraphs added or removed above it move it). Null when none does: it was deleted, or
 * its opening rewritten, and the comment says so.
 */
function anchoredParagraph(plan: Plan, id: string, excerpt: string | undefined): AnchorItem | null {
  if (!excerpt) return null
  const position = Number(id.slice(1))
  const opensWith = (paragraph: AnchorItem) =>
    plan.prose.situationSummary[Number(paragraph.id.slice(1))]?.trim().startsWith(excerpt) ?? false
  const candidates = summaryParagraphs(plan).filter(opensWith)
  const distance = (paragraph: AnchorItem) => Math.abs(Number(paragraph.id.slice(1)) - position)
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null
}

/** The anchor item a comment keeps for a chosen item: its kind and id, and a paragraph's opening. */
export const anchorOf = (item: AnchorItem): NonNullable<CommentAnchor['item']> =>
  item.excerpt === undefined
    ? { kind: item.kind, id: item.id }
    : { kind: item.kind, id: item.id, excerpt: item.excerpt }

/** The items of an exercise a comment can point at, from the plan as it stands, in the plan's order. */
export function anchorItems(plan: Plan, exercise: ExerciseKind): AnchorItem[] {
  switch (exercise) {
    case 'swot':
    case 'dot-vote':
      return plan.swot.map((card) => ({ kind: 'card', id: card.id, label: card.text }))
    case 'county-data-card':
      return summaryParagraphs(plan)
    case 'problem-tree':
      return plan.problemTree.nodes.map((node) => ({ kind: 'card', id: node.id, label: node.text }))
    case 'target-setting':
      return plan.indicators.map((row) => ({ kind: 'indicator', id: row.id, label: row.name }))
    case 'action-plan':
    case 'budget':
      return plan.actions.map((action) => ({ kind: 'action', id: action.id, label: action.title }))
    default:
      return []
  }
}

/**
 * The item a comment points at as the plan has it now: null for a comment on the exercise as a whole,
 * 'deleted' when the item is gone (the comment stays, marked).
 */
export function anchoredItem(plan: Plan, anchor: CommentAnchor): AnchorItem | 'deleted' | null {
  if (!anchor.item) return null
  const { kind, id, excerpt } = anchor.item
  if (kind === 'paragraph') return anchoredParagraph(plan, id, excerpt) ?? 'deleted'
  return anchorItems(plan, anchor.exercise).find((item) => item.kind === kind && item.id === id) ?? 'deleted'
}
