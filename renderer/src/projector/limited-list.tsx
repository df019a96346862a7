import type { ReactNode } from 'react'
import { useMessages } from '../i18n/use-messages'
import { projectorMessages } from './projector-messages'

interface LimitedListProps<T> {
  items: readonly T[]
  /** Lines the list may take, the "N more" line included. */
  limit: number
  className?: string
  /** How an item reads; text items as they are. */
  render?: (item: T) => ReactNode
  /** A stable key per item; by default its position and text. */
  keyOf?: (item: T, index: number) => string
}

/**
 * A list that fits the screen: the first `limit` items, then "N more". Readable from the back of the
 * room matters more than showing every card; the group's own screen has them all.
 */
export function LimitedList<T>({
  items,
  limit,
  className,
  render = (item) => String(item),
  keyOf = (item, index) => `${index}-${String(item)}`,
}: LimitedListProps<T>) {
  const t = useMessages(projectorMessages)
  const shown = items.length > limit ? items.slice(0, limit - 1) : items
  return (
    <ul className={className}>
      {shown.map((item, index) => (
        <li key={keyOf(item, index)}>{render(item)}</li>
      ))}
      {shown.length < items.length && (
        <li className="projector-more">{t('spotlight.more', { count: items.length - shown.length })}</li>
      )}
    </ul>
  )
}
