import { z } from 'zod'
import { LOCALES } from '../locale/locale'
import { idSchema } from '../validation/common-fields'

/** A PDF download's query: ?lang=zh-CN|en, the workshop's language when absent. */
export const pdfQuerySchema = z.object({ lang: z.enum(LOCALES).optional() })

/** The resource catalogue in a new order: every resource id of the workshop, once each. */
export const resourceOrderSchema = z.object({ ids: z.array(idSchema).max(1000, 'v.tooMany') })

/** A workshop file's import: `?copy=1` stores a workshop that is already here under new ids. */
export const workshopFileImportQuerySchema = z.object({ copy: z.enum(['0', '1']).optional() })
