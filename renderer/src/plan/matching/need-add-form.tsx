import { PlusOutlined } from '@ant-design/icons'
import { Button, Input, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { addNeed } from '../../../../shared/live/plan-matching'
import { NEED_KINDS, NEED_KIND_LABELS, type NeedKind } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'

/** A new need or product card: choose its kind, type, press Enter; it lands at the end of the list. */
export function NeedAddForm({ doc, editable }: { doc: Y.Doc; editable: boolean }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [kind, setKind] = useState<NeedKind>('need')
  const [text, setText] = useState('')
  return (
    <form
      className="need-add"
      onSubmit={(event) => {
        event.preventDefault()
        const trimmed = text.trim()
        if (!trimmed) return
        addNeed(doc, { kind, text: trimmed })
        setText('')
      }}
    >
      <Select
        className="need-add-kind"
        value={kind}
        onChange={setKind}
        aria-label={t('plan.matching.needs.newKind')}
        disabled={!editable}
        popupMatchSelectWidth={false}
        options={NEED_KINDS.map((value) => ({ value, label: NEED_KIND_LABELS[value][language] }))}
      />
      <Input
        className="need-add-text"
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-label={t('plan.matching.needs.newText')}
        placeholder={t('plan.matching.needs.newPlaceholder')}
        disabled={!editable}
        maxLength={500}
      />
      <Button
        htmlType="submit"
        icon={<PlusOutlined aria-hidden />}
        disabled={!editable || text.trim() === ''}
      >
        {t('plan.matching.needs.add')}
      </Button>
    </form>
  )
}
