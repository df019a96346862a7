import type { Locale } from '../locale/locale'
import { pairedText } from '../locale/paired-text'
import type { DataSource, Product } from './county-schema'

/** A county's signature product in the reader's language. */
export const productName = (product: Product, locale: Locale) =>
  pairedText(product.name, product.nameEn, locale)

/** Where a figure comes from, in the reader's language. */
export const sourceTitle = (source: DataSource, locale: Locale) =>
  pairedText(source.title, source.titleEn, locale)
