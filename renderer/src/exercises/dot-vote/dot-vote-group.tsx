import { MinusOutlined, PlusOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import type { VoteGroup } from './dot-vote-items'
import { useMessages } from '../../i18n/use-messages'
import { dotVoteUiMessages } from './dot-vote-ui-messages'

interface DotVoteGroupProps {
  group: VoteGroup
  /** This device's dots per card. */
  mine: ReadonlyMap<string, number>
  /** Whether this device may vote at all (a group device that can still save), and has a dot left. */
  canVote: boolean
  hasDotLeft: boolean
  onAdd: (cardId: string) => void
  onRemove: (cardId: string) => void
}

/** The cards of one source (a side of the problem tree, a SWOT quadrant), each with this device's dots. */
export function DotVoteGroup({ group, mine, canVote, hasDotLeft, onAdd, onRemove }: DotVoteGroupProps) {
  const t = useMessages(dotVoteUiMessages)
  const headingId = `dv-group-${group.source}`
  return (
    <section className="dv-group" data-source={group.source} aria-labelledby={headingId}>
      <h3 id={headingId} className="dv-group-title">
        {t(`groups.${group.source}`)}
      </h3>
      <ul className="dv-items" aria-labelledby={headingId}>
        {group.items.map((item) => {
          const count = mine.get(item.id) ?? 0
          return (
            <li key={item.id} className="dv-item" data-card-id={item.id} data-mine={count}>
              <span className="dv-item-text">{item.text}</span>
              <span className="dv-item-mine">
                <span className="dv-item-dots" aria-hidden>
                  {Array.from({ length: count }, (_, index) => (
                    <span key={index} className="dv-dot" />
                  ))}
                </span>
                <span className={count === 0 ? 'dv-item-none' : 'sr-only'}>
                  {count === 0 ? t('mineNone') : t('mine', { number: count })}
                </span>
              </span>
              {canVote && (
                <span className="dv-item-actions">
                  <Button
                    icon={<MinusOutlined aria-hidden />}
                    aria-label={t('removeLabel', { text: item.text })}
                    disabled={count === 0}
                    onClick={() => onRemove(item.id)}
                  >
                    {t('remove')}
                  </Button>
                  <Button
                    type="primary"
                    icon={<PlusOutlined aria-hidden />}
                    aria-label={t('addLabel', { text: item.text })}
                    disabled={!hasDotLeft}
                    onClick={() => onAdd(item.id)}
                  >
                    {t('add')}
                  </Button>
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
