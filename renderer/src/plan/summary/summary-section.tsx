import type { HocuspocusProvider } from '@hocuspocus/provider'
import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { LiveUser } from '../../live/live-document'
import { ProseEditor } from './prose-editor'

interface SummarySectionProps {
  doc: Y.Doc
  provider: HocuspocusProvider
  user: LiveUser
  editable: boolean
}

/** The situation summary: the plan's first prose field, written by the whole group at once. */
export function SummarySection({ doc, provider, user, editable }: SummarySectionProps) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="summary-heading" className="plan-section">
      <Typography.Title level={2} id="summary-heading" className="plan-section-title">
        {t('plan.summary.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" id="summary-intro">
        {t('plan.summary.intro')}
      </Typography.Paragraph>
      <ProseEditor
        doc={doc}
        provider={provider}
        field="situationSummary"
        user={user}
        editable={editable}
        labelledBy="summary-heading"
        describedBy="summary-intro"
      />
    </section>
  )
}
