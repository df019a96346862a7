import { Alert } from 'antd'
import type { MessageKey } from '../../../../shared/validation/messages'
import { useMessages } from '../../i18n/use-messages'
import { dotVoteUiMessages } from './dot-vote-ui-messages'

const REASONS: Partial<Record<MessageKey, 'limit' | 'closed' | 'unknownCard' | 'unreachable'>> = {
  'dotVote.limit': 'limit',
  'dotVote.closed': 'closed',
  'dotVote.unknownCard': 'unknownCard',
  'api.unreachable': 'unreachable',
}

/** Why the hub did not take a dot, in the reader's language; the dot shown is already put back. */
export function DotVoteRefusal({ refusal, onDismiss }: { refusal: MessageKey; onDismiss: () => void }) {
  const t = useMessages(dotVoteUiMessages)
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      className="dv-refusal"
      title={t(`refused.${REASONS[refusal] ?? 'other'}`)}
      closable={{ 'aria-label': t('refused.dismiss'), onClose: onDismiss }}
    />
  )
}
