import { Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { addNeed } from '../../../../shared/exercises/resource-matching/resource-matching-doc'
import { NEED_KINDS, NEED_KIND_LABELS, type NeedKind } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'
import { AddTextForm } from '../fields/add-text-form'

/** A new need or product card: choose its kind, type, press Enter; it lands at the end of the list. */
export function NeedAddForm({ doc, editable }: { doc: Y.Doc; editable: boolean }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [kind, setKind] = useState<NeedKind>('need')
  return (
    <AddTextForm
      className="need-add"
      inputClassName="need-add-text"
      label={t('plan.matching.needs.newText')}
      placeholder={t('plan.matching.needs.newPlaceholder')}
      buttonLabel={t('plan.matching.needs.add')}
      editable={editable}
      maxLength={500}
      onAdd={(text) => addNeed(doc, { kind, text })}
      before={
        <Select
          className="need-add-kind"
          value={kind}
          onChange={setKind}
          aria-label={t('plan.matching.needs.newKind')}
          disabled={!editable}
          popupMatchSelectWidth={false}
          options={NEED_KINDS.map((value) => ({ value, label: NEED_KIND_LABELS[value][language] }))}
        />
      }
    />
  )
}
