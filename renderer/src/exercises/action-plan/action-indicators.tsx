import { Form, Select } from 'antd'
import { useId } from 'react'
import type * as Y from 'yjs'
import {
  linkActionToIndicator,
  unlinkActionFromIndicator,
} from '../../../../shared/exercises/action-plan/action-plan-doc'
import type { Action } from '../../../../shared/live/plan-schema'
import type { Indicator } from '../../../../shared/exercises/target-setting/target-setting-schema'
import { useMessages } from '../../i18n/use-messages'
import { actionPlanUiMessages } from './action-plan-ui-messages'

interface ActionIndicatorsProps {
  doc: Y.Doc
  action: Action
  indicators: readonly Indicator[]
  editable: boolean
}

/**
 * The indicators an action serves, picked by name. Each pick or removal is one link or unlink, so two
 * people linking different indicators at once keep both.
 */
export function ActionIndicators({ doc, action, indicators, editable }: ActionIndicatorsProps) {
  const t = useMessages(actionPlanUiMessages)
  const id = useId()
  const known = new Set(indicators.map((indicator) => indicator.id))
  const linked = action.indicatorIds.filter((indicatorId) => known.has(indicatorId))
  if (indicators.length === 0) {
    return (
      <Form.Item label={t('indicators.label')}>
        <p className="action-empty">{t('indicators.none')}</p>
      </Form.Item>
    )
  }
  return (
    <Form.Item label={t('indicators.label')} htmlFor={id}>
      <Select
        id={id}
        mode="multiple"
        value={linked}
        placeholder={t('indicators.placeholder')}
        disabled={!editable}
        optionFilterProp="label"
        options={indicators.map((indicator) => ({
          value: indicator.id,
          label: indicator.name.trim() || t('indicators.unnamed'),
        }))}
        onChange={(next: string[]) => {
          doc.transact(() => {
            for (const indicatorId of next) {
              if (!linked.includes(indicatorId)) linkActionToIndicator(doc, action.id, indicatorId)
            }
            for (const indicatorId of linked) {
              if (!next.includes(indicatorId)) unlinkActionFromIndicator(doc, action.id, indicatorId)
            }
          })
        }}
      />
    </Form.Item>
  )
}
