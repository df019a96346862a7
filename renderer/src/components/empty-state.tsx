import { Empty } from 'antd'
import type { ReactNode } from 'react'

interface EmptyStateProps {
  title: string
  text: string
  /** The button that fills the emptiness (add the first …). */
  action?: ReactNode
}

/** What an empty list says: what belongs here, and the button that adds the first one. */
export function EmptyState({ title, text, action }: EmptyStateProps) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      style={{ padding: '32px 16px' }}
      description={
        <>
          <h2 style={{ fontSize: 18, margin: '0 0 4px', color: 'rgba(0,0,0,0.88)' }}>{title}</h2>
          <p style={{ margin: 0, maxWidth: 560, marginInline: 'auto' }}>{text}</p>
        </>
      }
    >
      {action}
    </Empty>
  )
}
