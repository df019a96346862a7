import { useTranslation } from 'react-i18next'

/**
 * A list that fits the screen: the first `limit` items, then "N more". Readable from the back of the
 * room matters more than showing every card; the group's own screen has them all.
 */
export function LimitedList({
  items,
  limit,
  className,
}: {
  items: string[]
  limit: number
  className?: string
}) {
  const { t } = useTranslation()
  const shown = items.length > limit ? items.slice(0, limit - 1) : items
  return (
    <ul className={className}>
      {shown.map((item, index) => (
        <li key={`${index}-${item}`}>{item}</li>
      ))}
      {shown.length < items.length && (
        <li className="projector-more">
          {t('projector.spotlight.more', { count: items.length - shown.length })}
        </li>
      )}
    </ul>
  )
}
