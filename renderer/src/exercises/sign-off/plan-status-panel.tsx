import { FilePdfOutlined } from '@ant-design/icons'
import { Button, Popconfirm, Space, Tag, Typography } from 'antd'
import { useNavigate } from 'react-router'
import type * as Y from 'yjs'
import { setPlanStatus } from '../../../../shared/exercises/sign-off/sign-off-doc'
import type { PlanStatus } from '../../../../shared/vocabulary/plan-vocabulary'
import { useMessages } from '../../i18n/use-messages'
import { signOffUiMessages } from './sign-off-ui-messages'

interface PlanStatusPanelProps {
  workshopId: string
  doc: Y.Doc
  status: PlanStatus
  /** Only the facilitator marks a plan final (the PDF's watermark follows it); groups see why not. */
  facilitator: boolean
  editable: boolean
}

export function PlanStatusPanel({ workshopId, doc, status, facilitator, editable }: PlanStatusPanelProps) {
  const t = useMessages(signOffUiMessages)
  const navigate = useNavigate()
  const final = status === 'final'
  return (
    <section aria-labelledby="status-heading" className="plan-section">
      <Typography.Title level={2} id="status-heading" className="plan-section-title">
        {t('status.heading')}{' '}
        {/* Final is coloured in sign-off.css: antd's success colours fall short of AA contrast. */}
        <Tag
          color={final ? undefined : 'default'}
          className="plan-status-tag"
          data-status={status}
          data-testid="plan-status"
        >
          {final ? t('status.final') : t('status.draft')}
        </Tag>
      </Typography.Title>
      <Typography.Paragraph>{final ? t('status.finalText') : t('status.draftText')}</Typography.Paragraph>
      {facilitator && (
        <Space wrap>
          <Popconfirm
            title={final ? t('status.backToDraftConfirm') : t('status.markFinalConfirm')}
            okText={t('status.confirm')}
            cancelText={t('status.cancel')}
            onConfirm={() => setPlanStatus(doc, final ? 'draft' : 'final')}
            disabled={!editable}
          >
            <Button type={final ? 'default' : 'primary'} disabled={!editable}>
              {final ? t('status.backToDraft') : t('status.markFinal')}
            </Button>
          </Popconfirm>
          {/* The export tab previews, downloads and exports every county in the language chosen there. */}
          <Button
            icon={<FilePdfOutlined aria-hidden />}
            onClick={() => navigate(`/workshops/${encodeURIComponent(workshopId)}/export`)}
          >
            {t('status.export')}
          </Button>
        </Space>
      )}
    </section>
  )
}
