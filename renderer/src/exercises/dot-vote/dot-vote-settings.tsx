import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons'
import { Button, InputNumber } from 'antd'
import { useId } from 'react'
import type * as Y from 'yjs'
import {
  MAX_DOTS_PER_MEMBER,
  type Session,
  setDotsPerMember,
  setVotesRevealed,
} from '../../../../shared/live/session-doc'
import './dot-vote.css'
import { useMessages } from '../../i18n/use-messages'
import { dotVoteUiMessages } from './dot-vote-ui-messages'

interface DotVoteSettingsProps {
  /** The session document, written with the facilitator's token. */
  sessionDoc: Y.Doc
  session: Session
}

/**
 * The two settings of the dot vote, on the session document for every county at once: how many dots
 * each member has, and whether the results are shown. Used in a county's plan and on the console.
 */
export function DotVoteSettings({ sessionDoc, session }: DotVoteSettingsProps) {
  const t = useMessages(dotVoteUiMessages)
  const dotsId = useId()
  const revealed = session.votesRevealed
  return (
    <div className="dv-facilitator-row">
      <label htmlFor={dotsId} className="dv-facilitator-label">
        {t('facilitator.dotsPerMember')}
      </label>
      <InputNumber
        id={dotsId}
        min={1}
        max={MAX_DOTS_PER_MEMBER}
        precision={0}
        value={session.dotsPerMember}
        onChange={(value) => {
          if (typeof value === 'number') setDotsPerMember(sessionDoc, value)
        }}
      />
      <Button
        type={revealed ? 'default' : 'primary'}
        icon={revealed ? <EyeInvisibleOutlined aria-hidden /> : <EyeOutlined aria-hidden />}
        onClick={() => setVotesRevealed(sessionDoc, !revealed)}
      >
        {t(revealed ? 'facilitator.hide' : 'facilitator.reveal')}
      </Button>
    </div>
  )
}
