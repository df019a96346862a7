/**
 * The logframe's own part of the plan: three prose fields, co-edited per character and read back as
 * paragraphs (goal; assumptions; risks and safeguards). Its matrix is assembled from the other
 * exercises' parts (logframe-rows.ts), so it stores nothing else.
 */
export const LOGFRAME_PROSE_FIELDS = ['goal', 'assumptions', 'risks'] as const
export type LogframeProseField = (typeof LOGFRAME_PROSE_FIELDS)[number]

export type LogframeProse = Record<LogframeProseField, string[]>
