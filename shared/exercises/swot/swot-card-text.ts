/**
 * How long a SWOT card's text may be. A card is one point on a board that the room reads from a
 * projector: a sentence or two, rarely more than a short paragraph. The limit is generous for that
 * and short enough that a whole document pasted by mistake does not become a card.
 */
export const SWOT_CARD_TEXT_MAX = 1000

/** A card text's length as a person counts it: characters, not UTF-16 code units (an emoji is one). */
export const swotCardTextLength = (text: string): number => Array.from(text).length

/** The part of a text that fits on a card, never splitting a character. */
export function fitSwotCardText(text: string): string {
  if (text.length <= SWOT_CARD_TEXT_MAX) return text
  return Array.from(text).slice(0, SWOT_CARD_TEXT_MAX).join('')
}
