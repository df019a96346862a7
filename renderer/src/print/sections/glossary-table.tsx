import { messageLeaves } from '../../../../shared/i18n/catalogue'
import { vocabularyMessages } from '../../../../shared/vocabulary/vocabulary-messages'
import { usePrint } from '../print-context'

/** The plan's own terms (the glossary the editors use too) and its closed lists, Chinese beside English. */
const GROUPS = [
  'glossary',
  'terms',
  'fiveBatches',
  'benefitMechanisms',
  'fundingSources',
  'indicatorAttributes',
] as const

const { 'zh-CN': chinese, en: english } = vocabularyMessages.messages
const GLOSSARY = GROUPS.flatMap((group) => {
  const inEnglish = new Map(messageLeaves(english[group]))
  return messageLeaves(chinese[group]).map(([id, text]) => ({
    chinese: text,
    english: inEnglish.get(id) ?? '',
  }))
})

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
          <tr key={entry.chinese}>
            <td lang="zh-CN">{entry.chinese}</td>
            <td lang="en">{entry.english}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
