import { useMessages } from '../../i18n/use-messages'
import { dotVoteUiMessages } from './dot-vote-ui-messages'

/**
 * How many dots this device has left, as words and as a row of stickers (full: still to place, hollow:
 * placed). Announced politely, so placing a dot is confirmed without moving focus.
 */
export function DotVoteBalance({ used, total }: { used: number; total: number }) {
  const t = useMessages(dotVoteUiMessages)
  const left = Math.max(0, total - used)
  return (
    <div className="dv-balance" data-left={left}>
      <span className="dv-balance-dots" aria-hidden>
        {Array.from({ length: total }, (_, index) => (
          <span key={index} className="dv-dot" data-placed={index >= left || undefined} />
        ))}
      </span>
      <p role="status" className="dv-balance-text">
        <strong>{t('balance', { left, total })}</strong>
        {used > total ? (
          <span className="dv-balance-note">{t('overUsed', { used })}</span>
        ) : left === 0 ? (
          <span className="dv-balance-note">{t('allUsed')}</span>
        ) : null}
      </p>
    </div>
  )
}
