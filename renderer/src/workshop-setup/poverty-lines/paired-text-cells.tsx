import { Form, Input } from 'antd'
import { useMessages } from '../../i18n/use-messages'
import { povertyLinesMessages } from './poverty-lines-messages'

interface PairedTextCellsProps {
  /** The row's index in the form list. */
  row: number
  /** The Chinese field and its English counterpart, e.g. ['basis', 'basisEn']. */
  fields: readonly [string, string]
  /** The cell's name for screen readers (第 1 行 · 价格基础); each box adds its language. */
  label: string
  maxLength: number
}

/**
 * A text of a poverty-line row in Chinese and in English, one above the other. The boxes grow with
 * their text, so a long price basis is read in full rather than cut off at the column's edge.
 */
export function PairedTextCells({ row, fields, label, maxLength }: PairedTextCellsProps) {
  const t = useMessages(povertyLinesMessages)
  const [chinese, english] = fields
  return (
    <>
      <Form.Item name={[row, chinese]} style={{ marginBottom: 4 }}>
        <Input.TextArea
          lang="zh-CN"
          aria-label={t('inChinese', { column: label })}
          placeholder={t('chinese')}
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={maxLength}
        />
      </Form.Item>
      <Form.Item name={[row, english]} style={{ marginBottom: 0 }}>
        <Input.TextArea
          lang="en"
          aria-label={t('inEnglish', { column: label })}
          placeholder={t('english')}
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={maxLength}
        />
      </Form.Item>
    </>
  )
}
