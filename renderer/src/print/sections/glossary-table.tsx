import type { Localized } from '../../../../shared/locale/locale'
import {
  BENEFIT_MECHANISM_LABELS,
  FIVE_BATCH_LABELS,
  FUNDING_SOURCE_LABELS,
  INDICATOR_ATTRIBUTE_LABELS,
} from '../../../../shared/vocabulary/plan-vocabulary'
import { PLAN_TERMS } from '../../../../shared/vocabulary/plan-terms'
import { usePrint } from '../print-context'

/** The plan's own terms (the glossary the editors use too) and its closed lists, Chinese beside English. */
const GLOSSARY: Localized[] = [
  { 'zh-CN': '建档立卡', en: 'Registered poor (households and people on the national register)' },
  { 'zh-CN': '五个一批', en: 'Five batches (the five routes out of poverty)' },
  ...Object.values(PLAN_TERMS),
  ...Object.values(FIVE_BATCH_LABELS),
  ...Object.values(BENEFIT_MECHANISM_LABELS),
  ...Object.values(FUNDING_SOURCE_LABELS),
  ...Object.values(INDICATOR_ATTRIBUTE_LABELS),
]

export function GlossaryTable() {
  const { t } = usePrint()
  return (
    <table className="print-table print-glossary">
      <colgroup>
        <col style={{ width: '30%' }} />
        <col style={{ width: '70%' }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" lang="zh-CN">
            {t('annex.chinese')}
          </th>
          <th scope="col" lang="en">
            {t('annex.english')}
          </th>
        </tr>
      </thead>
      <tbody>
        {GLOSSARY.map((entry) => (
          <tr key={entry['zh-CN']}>
            <td lang="zh-CN">{entry['zh-CN']}</td>
            <td lang="en">{entry.en}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
