import { z } from 'zod'
import { REVIEW_TABLE_IDS } from '../follow-up-tables/review-table'
import { LOCALES } from '../locale/locale'
import { PLAN_TABLE_IDS } from '../plan-tables/plan-table'
import { idSchema } from '../validation/common-fields'

/** A PDF download's query: ?lang=zh-CN|en, the workshop's language when absent. */
export const pdfQuerySchema = z.object({ lang: z.enum(LOCALES).optional() })

/** A CSV download's query: which of the plan's tables, and the language of its headers. */
export const planCsvQuerySchema = pdfQuerySchema.extend({ table: z.enum(PLAN_TABLE_IDS) })

/** A review table's CSV download: which table, and the language of its headers. */
export const reviewCsvQuerySchema = pdfQuerySchema.extend({ table: z.enum(REVIEW_TABLE_IDS) })

/** The resource catalogue in a new order: every resource id of the workshop, once each. */
export const resourceOrderSchema = z.object({ ids: z.array(idSchema).max(1000, 'v.tooMany') })

/** A workshop file's import: `?copy=1` stores a workshop that is already here under new ids. */
export const workshopFileImportQuerySchema = z.object({ copy: z.enum(['0', '1']).optional() })
