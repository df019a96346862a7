import { initialSchema } from './001-initial-schema'
import type { Migration } from './migration'

export type { Migration }

export const MIGRATIONS: readonly Migration[] = [initialSchema]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
