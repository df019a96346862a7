import { defineCatalogue } from '../i18n/catalogue'
import type { Localized } from '../locale/locale'
import type { ItemStatus, ReporterRole } from './follow-up-report-schema'
import type { IndicatorState } from './follow-up-progress'

/**
 * The words of a follow-up review that the form, the charts, the templates and the review report all
 * print, so each says 进展顺利 for the same thing.
 */
const zhCN = {
  itemStatuses: {
    'not-reported': '未报告',
    'on-track': '进展顺利',
    late: '滞后',
    done: '已完成',
    dropped: '已取消',
  },
  indicatorStates: {
    met: '已达标',
    behind: '未达标',
    'no-target': '本年无目标',
    'not-reported': '未报告',
  },
  reporterRoles: {
    facilitator: '主持人',
    county: '县工作组',
  },
}

const en = {
  itemStatuses: {
    'not-reported': 'Not reported',
    'on-track': 'On track',
    late: 'Late',
    done: 'Done',
    dropped: 'Dropped',
  },
  indicatorStates: {
    met: 'Met',
    behind: 'Behind',
    'no-target': 'No target this year',
    'not-reported': 'Not reported',
  },
  reporterRoles: {
    facilitator: 'Facilitator',
    county: 'County team',
  },
}

export const followUpTermsMessages = defineCatalogue('follow-up-terms', zhCN, en)

const pairs = <K extends string>(group: keyof typeof zhCN): Record<K, Localized> => {
  const chinese: Record<string, string> = zhCN[group]
  const english: Record<string, string> = en[group]
  return Object.fromEntries(
    Object.keys(chinese).map((id) => [id, { 'zh-CN': chinese[id] ?? '', en: english[id] ?? '' }]),
  ) as Record<K, Localized>
}

export const ITEM_STATUS_LABELS = pairs<ItemStatus>('itemStatuses')
export const INDICATOR_STATE_LABELS = pairs<IndicatorState>('indicatorStates')
export const REPORTER_ROLE_LABELS = pairs<ReporterRole>('reporterRoles')
