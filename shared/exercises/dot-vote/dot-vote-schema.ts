import { z } from 'zod'

/** Dots one voter put on one card (a SWOT card or a problem-tree card). */
export const dotVoteSchema = z.object({
  cardId: z.string(),
  voterId: z.string(),
  count: z.number().int().min(1),
})
export type DotVote = z.output<typeof dotVoteSchema>
