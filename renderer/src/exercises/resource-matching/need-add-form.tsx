import { Select } from 'antd'
import { useState } from 'react'
import type * as Y from 'yjs'
import { addNeed } from '../../../../shared/exercises/resource-matching/resource-matching-doc'
import { NEED_KINDS, NEED_KIND_LABELS, type NeedKind } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'
import { AddTextForm } from '../../plan/fields/add-text-form'
import { useMessages } from '../../i18n/use-messages'
import { resourceMatchingUiMessages } from './resource-matching-ui-messages'

/** A new need or product card: choose its kind, type, press Enter; it lands at the end of the list. */
export function NeedAddForm({ doc, editable }: { doc: Y.Doc; editable: boolean }) {
  const t = useMessages(resourceMatchingUiMessages)
  const language = useLanguage()
  const [kind, setKind] = useState<NeedKind>('need')
  return (
    <AddTextForm
      className="need-add"
      inputClassName="need-add-text"
      label={t('needs.newText')}
      placeholder={t('needs.newPlaceholder')}
      buttonLabel={t('needs.add')}
      editable={editable}
      maxLength={500}
      onAdd={(text) => addNeed(doc, { kind, text })}
      before={
        <Select
          className="need-add-kind"
          value={kind}
          onChange={setKind}
          aria-label={t('needs.newKind')}
          disabled={!editable}
          popupMatchSelectWidth={false}
          options={NEED_KINDS.map((value) => ({ value, label: NEED_KIND_LABELS[value][language] }))}
        />
      }
    />
  )
}
