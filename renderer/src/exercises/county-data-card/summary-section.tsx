import type { HocuspocusProvider } from '@hocuspocus/provider'
import type * as Y from 'yjs'
import type { LiveUser } from '../../live/live-document'
import { ProseSection } from '../../plan/summary/prose-section'
import { useMessages } from '../../i18n/use-messages'
import { countyDataCardUiMessages } from './county-data-card-ui-messages'

interface SummarySectionProps {
  doc: Y.Doc
  provider: HocuspocusProvider
  user: LiveUser
  editable: boolean
}

/** The situation summary: the plan's first prose field, written by the whole group at once. */
export function SummarySection(props: SummarySectionProps) {
  const t = useMessages(countyDataCardUiMessages)
  return (
    <ProseSection
      {...props}
      field="situationSummary"
      heading={t('summary.heading')}
      intro={t('summary.intro')}
    />
  )
}
