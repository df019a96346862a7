import type { County } from '../county/county-schema'
import { createI18n, translator } from '../i18n/translator'
import type { Locale } from '../locale/locale'
import { pairedText as pick } from '../locale/paired-text'
import { exportFileMessages } from './export-file-messages'
import { safeFileName } from './safe-file-name'

/** The county's name in the export's language (the Chinese name when no English one was entered). */
export const countyName = (county: County, locale: Locale) => pick(county.name, county.nameEn, locale)

/** The name in the other language, shown under the main one on the cover; null when there is none. */
export function countyOtherName(county: County, locale: Locale): string | null {
  const other = locale === 'en' ? county.name.trim() : county.nameEn.trim()
  return other !== '' && other !== countyName(county, locale) ? other : null
}

/** Province and prefecture: 陕西省 汉中市 in Chinese, Hanzhong, Shaanxi in English. */
export function countyLocation(county: County, locale: Locale): string {
  const province = pick(county.province, county.provinceEn, locale)
  const prefecture = pick(county.prefecture, county.prefectureEn, locale)
  const parts = [province, prefecture].filter((part) => part !== '')
  return locale === 'en' ? parts.reverse().join(', ') : parts.join(' ')
}

const i18n = createI18n()
const fileName = (locale: Locale) => translator(i18n, exportFileMessages, locale)

/** The stem of a county's PDF (before safe-file-name cleaning): 略阳县 规划方案 / Lueyang County plan. */
export const countyFileStem = (county: County, locale: Locale) =>
  fileName(locale)('countyPlan', { county: countyName(county, locale) })

/** The stem of a county's open comments PDF: 略阳县 未解决的评论 / Lueyang County open comments. */
export const countyCommentsFileStem = (county: County, locale: Locale) =>
  fileName(locale)('countyComments', { county: countyName(county, locale) })

/** The stem of the workshop summary PDF. */
export const summaryFileStem = (locale: Locale) => fileName(locale)('summary')

/** A county's follow-up review template for a round: 略阳县 2018 年第三季度 复盘模板. */
export const reviewTemplateStem = (county: County, round: string, locale: Locale) =>
  fileName(locale)('reviewTemplate', { county: countyName(county, locale), round })

/** A county's review report for a round: 略阳县 2018 年第三季度 复盘报告. */
export const reviewReportStem = (county: County, round: string, locale: Locale) =>
  fileName(locale)('reviewReport', { county: countyName(county, locale), round })

/** A follow-up round across counties, as saved: 2018 年第三季度 各县复盘汇总.pdf. */
export const reviewSummaryFileName = (round: { id: string; name: string }, locale: Locale) =>
  safeFileName(fileName(locale)('reviewSummary', { round: round.name }), 'pdf', `review-summary-${round.id}`)
