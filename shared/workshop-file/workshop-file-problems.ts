import type { MessageKey } from '../validation/messages'

/**
 * Why an import changed nothing. Each has one sentence (shared/validation/messages.ts) naming what is
 * wrong and what to do; `alreadyThere` is the one the screen answers with an offer to import a copy.
 */
export const WORKSHOP_FILE_PROBLEMS = [
  'notWorkshopFile',
  'truncated',
  'damaged',
  'newerVersion',
  'invalid',
  'tooLarge',
  'alreadyThere',
] as const
export type WorkshopFileProblem = (typeof WORKSHOP_FILE_PROBLEMS)[number]

export const WORKSHOP_FILE_PROBLEM_KEYS: Record<WorkshopFileProblem, MessageKey> = {
  notWorkshopFile: 'workshopFile.notWorkshopFile',
  truncated: 'workshopFile.truncated',
  damaged: 'workshopFile.damaged',
  newerVersion: 'workshopFile.newerVersion',
  invalid: 'workshopFile.invalid',
  tooLarge: 'workshopFile.tooLarge',
  alreadyThere: 'workshopFile.alreadyThere',
}

/** HTTP status of each refusal: 409 says "it exists", 413 "too large"; the rest is a bad file (400). */
export const WORKSHOP_FILE_PROBLEM_STATUS: Record<WorkshopFileProblem, number> = {
  notWorkshopFile: 400,
  truncated: 400,
  damaged: 400,
  newerVersion: 400,
  invalid: 400,
  tooLarge: 413,
  alreadyThere: 409,
}
