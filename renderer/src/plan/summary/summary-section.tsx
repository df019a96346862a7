import type { HocuspocusProvider } from '@hocuspocus/provider'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { LiveUser } from '../../live/live-document'
import { ProseSection } from './prose-section'

interface SummarySectionProps {
  doc: Y.Doc
  provider: HocuspocusProvider
  user: LiveUser
  editable: boolean
}

/** The situation summary: the plan's first prose field, written by the whole group at once. */
export function SummarySection(props: SummarySectionProps) {
  const { t } = useTranslation()
  return (
    <ProseSection
      {...props}
      field="situationSummary"
      heading={t('plan.summary.heading')}
      intro={t('plan.summary.intro')}
    />
  )
}
