import type { HocuspocusProvider } from '@hocuspocus/provider'
import { Typography } from 'antd'
import { useId, useMemo } from 'react'
import type * as Y from 'yjs'
import { planProse } from '../../../../shared/live/plan-doc'
import type { ProseField } from '../../../../shared/live/plan-schema'
import type { LiveUser } from '../../live/live-document'
import { ProseTextBox } from './prose-text-box'

interface ProseSectionProps {
  doc: Y.Doc
  provider: HocuspocusProvider
  user: LiveUser
  editable: boolean
  field: ProseField
  heading: string
  intro: string
  /** Heading level in the step's outline; 2 under the step title, 3 inside a section. */
  level?: 2 | 3
}

/** One prose field of the plan under its heading, written by the whole group at once. */
export function ProseSection({
  doc,
  provider,
  user,
  editable,
  field,
  heading,
  intro,
  level = 2,
}: ProseSectionProps) {
  const id = useId()
  const fragment = useMemo(() => planProse(doc, field), [doc, field])
  return (
    <section aria-labelledby={`${id}-heading`} className="plan-section" data-prose={field}>
      <Typography.Title level={level} id={`${id}-heading`} className="plan-section-title">
        {heading}
      </Typography.Title>
      <Typography.Paragraph type="secondary" id={`${id}-intro`}>
        {intro}
      </Typography.Paragraph>
      <ProseTextBox
        fragment={fragment}
        provider={provider}
        user={user}
        editable={editable}
        labelledBy={`${id}-heading`}
        describedBy={`${id}-intro`}
      />
    </section>
  )
}
