import type { HocuspocusProvider } from '@hocuspocus/provider'
import { LinkOutlined } from '@ant-design/icons'
import { Col, Form, Row, Select } from 'antd'
import { useId } from 'react'
import type * as Y from 'yjs'
import { updateAction } from '../../../../shared/exercises/action-plan/action-plan-doc'
import type { ActionFields } from '../../../../shared/exercises/action-plan/action-plan-schema'
import type { Action } from '../../../../shared/live/plan-schema'
import type { Indicator } from '../../../../shared/exercises/target-setting/target-setting-schema'
import {
  BENEFIT_MECHANISM_LABELS,
  BENEFIT_MECHANISMS,
  FIVE_BATCH_LABELS,
  FIVE_BATCHES,
} from '../../../../shared/vocabulary/plan-vocabulary'
import { countSchema, shareSchema } from '../../../../shared/validation/common-fields'
import { useFormatters } from '../../components/use-formatters'
import type { LiveUser } from '../../live/live-document'
import { useLanguage } from '../../i18n/use-language'
import { ActionBudgetLines } from './action-budget-lines'
import { ActionDates } from './action-dates'
import { ActionDescription } from './action-description'
import { ActionIndicators } from './action-indicators'
import { ActionMilestones } from './action-milestones'
import { actionDateProblems } from '../../../../shared/exercises/action-plan/action-date-checks'
import { LiveNumberField } from '../../plan/fields/live-number-field'
import { LiveTextField } from '../../plan/fields/live-text-field'
import { useMessages } from '../../i18n/use-messages'
import { actionPlanUiMessages } from './action-plan-ui-messages'

interface ActionDetailsProps {
  doc: Y.Doc
  provider: HocuspocusProvider
  user: LiveUser
  action: Action
  indicators: readonly Indicator[]
  editable: boolean
  /** Just added on this device: the name box takes the focus. */
  focusTitle: boolean
}

const FIGURES = [
  ['villagesCovered', countSchema, 'numeric'],
  ['beneficiaryHouseholds', countSchema, 'numeric'],
  ['beneficiaryPeople', countSchema, 'numeric'],
  ['shareRegisteredPoor', shareSchema, 'decimal'],
] as const

/** Everything about one action, each field written to the live plan as it is edited. */
export function ActionDetails({
  doc,
  provider,
  user,
  action,
  indicators,
  editable,
  focusTitle,
}: ActionDetailsProps) {
  const t = useMessages(actionPlanUiMessages)
  const language = useLanguage()
  const format = useFormatters()
  const batchId = useId()
  const mechanismId = useId()
  const descriptionId = `action-${action.id}-description`
  const problems = actionDateProblems(action)
  const update = (patch: Partial<ActionFields>) => updateAction(doc, action.id, patch)
  const resource = action.resourceTitle?.[language] ?? ''
  const fromMatch = action.matchId !== null || action.needText !== '' || resource !== ''

  return (
    <Form layout="vertical" component="div" requiredMark={false} className="action-form">
      {fromMatch && (
        <p className="action-origin">
          <LinkOutlined aria-hidden />
          <span>
            {t('origin', {
              need: action.needText || t('originUnknown'),
              resource: resource || t('originUnknown'),
            })}
          </span>
        </p>
      )}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <LiveTextField
            label={t('fields.title')}
            placeholder={t('fields.titlePlaceholder')}
            value={action.title}
            editable={editable}
            autoFocus={focusTitle}
            onSave={(title) => update({ title })}
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('fields.batch')} htmlFor={batchId}>
            <Select
              id={batchId}
              value={action.batch}
              placeholder={t('fields.choose')}
              disabled={!editable}
              allowClear
              options={FIVE_BATCHES.map((batch) => ({
                value: batch,
                label: FIVE_BATCH_LABELS[batch][language],
              }))}
              onChange={(batch) => update({ batch: batch ?? null })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('fields.mechanism')} htmlFor={mechanismId}>
            <Select
              id={mechanismId}
              value={action.mechanism}
              placeholder={t('fields.choose')}
              disabled={!editable}
              allowClear
              options={BENEFIT_MECHANISMS.map((mechanism) => ({
                value: mechanism,
                label: BENEFIT_MECHANISM_LABELS[mechanism][language],
              }))}
              onChange={(mechanism) => update({ mechanism: mechanism ?? null })}
            />
          </Form.Item>
        </Col>
      </Row>
      <div className="action-description-field">
        <p id={descriptionId} className="action-field-label">
          {t('fields.description')}
        </p>
        <ActionDescription
          doc={doc}
          provider={provider}
          actionId={action.id}
          user={user}
          editable={editable}
          labelledBy={descriptionId}
        />
      </div>
      <Row gutter={16}>
        {FIGURES.map(([field, schema, inputMode]) => (
          <Col key={field} xs={12} lg={6}>
            <LiveNumberField
              label={t(`fields.${field}`)}
              schema={schema}
              inputMode={inputMode}
              value={action[field]}
              editable={editable}
              formatStored={format.count}
              onSave={(value) => update({ [field]: value })}
            />
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <LiveTextField
            label={t('fields.owner')}
            placeholder={t('fields.ownerPlaceholder')}
            value={action.owner}
            editable={editable}
            onSave={(owner) => update({ owner })}
          />
        </Col>
        <Col xs={24} sm={12}>
          <LiveTextField
            label={t('fields.partner')}
            placeholder={t('fields.partnerPlaceholder')}
            value={action.partner}
            editable={editable}
            onSave={(partner) => update({ partner })}
          />
        </Col>
      </Row>
      <ActionDates doc={doc} action={action} editable={editable} endBeforeStart={problems.endBeforeStart} />
      <ActionIndicators doc={doc} action={action} indicators={indicators} editable={editable} />
      <ActionMilestones doc={doc} action={action} editable={editable} outside={problems.milestonesOutside} />
      <ActionBudgetLines doc={doc} action={action} editable={editable} />
    </Form>
  )
}
