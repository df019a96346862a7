import { z } from 'zod'

export const SWOT_QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number]

/** A card on the board; one whose quadrant is not one of the four is left out when read. */
export const swotCardSchema = z.object({
  id: z.string(),
  quadrant: z.enum(SWOT_QUADRANTS),
  text: z.string(),
  order: z.string(),
})
export type SwotCard = z.output<typeof swotCardSchema>
