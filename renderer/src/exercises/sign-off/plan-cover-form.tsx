import { Col, Form, Row, Typography } from 'antd'
import { useId } from 'react'
import type * as Y from 'yjs'
import { updatePlanInfo } from '../../../../shared/exercises/sign-off/sign-off-doc'
import type { PlanInfo } from '../../../../shared/exercises/sign-off/sign-off-schema'
import { yearSchema } from '../../../../shared/validation/common-fields'
import { LiveNumberField } from '../../plan/fields/live-number-field'
import { LiveTextInput } from '../../plan/fields/live-text-input'
import { useMessages } from '../../i18n/use-messages'
import { signOffUiMessages } from './sign-off-ui-messages'

const planYear = yearSchema.nullable()

/** The plan's title and period: what the PDF's cover says and which years the targets are set for. */
export function PlanCoverForm({ doc, info, editable }: { doc: Y.Doc; info: PlanInfo; editable: boolean }) {
  const t = useMessages(signOffUiMessages)
  const titleId = useId()
  const periodNoteId = useId()
  const reversed = info.startYear !== null && info.endYear !== null && info.endYear < info.startYear
  const periodNote = (
    <span
      id={periodNoteId}
      role={reversed ? 'status' : undefined}
      className={reversed ? 'plan-warning' : undefined}
    >
      {reversed ? t('cover.periodReversed') : t('cover.periodHint')}
    </span>
  )
  return (
    <section aria-labelledby="cover-heading" className="plan-section">
      <Typography.Title level={2} id="cover-heading" className="plan-section-title">
        {t('cover.heading')}
      </Typography.Title>
      <Form layout="vertical" component="div" requiredMark={false}>
        <Form.Item label={t('cover.title')} htmlFor={titleId}>
          <LiveTextInput
            id={titleId}
            value={info.title}
            onSave={(title) => updatePlanInfo(doc, { title })}
            readOnly={!editable}
            maxLength={200}
            placeholder={t('cover.titlePlaceholder')}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <LiveNumberField
              label={t('cover.startYear')}
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
              label={t('cover.endYear')}
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
