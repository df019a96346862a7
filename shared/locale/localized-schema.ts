import { z } from 'zod'

/** A text kept in both languages, e.g. a catalogue resource's title copied into a plan. */
export const localizedSchema = z.object({ 'zh-CN': z.string(), en: z.string() })
