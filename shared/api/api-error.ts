import { z } from 'zod'
import { isMessageKey, type MessageKey } from '../validation/messages'
import type { FieldError } from '../validation/field-errors'

/** The body of every 4xx/5xx answer of the REST API. */
export const apiErrorBodySchema = z.object({
  error: z.object({
    key: z.string().refine(isMessageKey),
    message: z.string(),
    /** What the sentence names ({{cell}}, {{value}}…), so a screen can word it again in its own language. */
    params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
    fields: z
      .array(
        z.object({
          path: z.string(),
          key: z.string().refine(isMessageKey),
          params: z.record(z.string(), z.union([z.string(), z.number()])),
          message: z.string(),
        }),
      )
      .default([]),
  }),
})

export interface ApiErrorBody {
  error: {
    key: MessageKey
    message: string
    params?: Record<string, string | number>
    fields: FieldError[]
  }
}
