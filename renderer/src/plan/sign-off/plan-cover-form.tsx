import { Col, Form, Row, Typography } from 'antd'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { updatePlanInfo } from '../../../../shared/live/plan-info'
import type { PlanInfo } from '../../../../shared/live/plan-schema'
import { yearSchema } from '../../../../shared/validation/common-fields'
import { LiveNumberField } from '../fields/live-number-field'
import { LiveTextInput } from '../fields/live-text-input'

const planYear = yearSchema.nullable()

/** The plan's title and period: what the PDF's cover says and which years the targets are set for. */
export function PlanCoverForm({ doc, info, editable }: { doc: Y.Doc; info: PlanInfo; editable: boolean }) {
  const { t } = useTranslation()
  const titleId = useId()
  const periodNoteId = useId()
  const reversed = info.startYear !== null && info.endYear !== null && info.endYear < info.startYear
  const periodNote = (
    <span
      id={periodNoteId}
      role={reversed ? 'status' : undefined}
      className={reversed ? 'plan-warning' : undefined}
    >
      {reversed ? t('plan.signOff.cover.periodReversed') : t('plan.signOff.cover.periodHint')}
    </span>
  )
  return (
    <section aria-labelledby="cover-heading" className="plan-section">
      <Typography.Title level={2} id="cover-heading" className="plan-section-title">
        {t('plan.signOff.cover.heading')}
      </Typography.Title>
      <Form layout="vertical" component="div" requiredMark={false}>
        <Form.Item label={t('plan.signOff.cover.title')} htmlFor={titleId}>
          <LiveTextInput
            id={titleId}
            value={info.title}
            onSave={(title) => updatePlanInfo(doc, { title })}
            readOnly={!editable}
            maxLength={200}
            placeholder={t('plan.signOff.cover.titlePlaceholder')}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <LiveNumberField
              label={t('plan.signOff.cover.startYear')}
              value={info.startYear}
              schema={planYear}
              onSave={(startYear) => updatePlanInfo(doc, { startYear })}
              editable={editable}
              formatStored={String}
              note={periodNote}
              noteId={periodNoteId}
            />
          </Col>
          <Col xs={12} md={6}>
            <LiveNumberField
              label={t('plan.signOff.cover.endYear')}
              value={info.endYear}
              schema={planYear}
              onSave={(endYear) => updatePlanInfo(doc, { endYear })}
              editable={editable}
              formatStored={String}
            />
          </Col>
        </Row>
      </Form>
    </section>
  )
}
