import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, InputNumber } from 'antd'
import { useId } from 'react'
import type * as Y from 'yjs'
import { MAX_DOTS_PER_MEMBER, type Session, setDotsPerMember } from '../../../../shared/live/session-doc'
import { hubApi } from '../../api/hub-api'
import { errorSentence } from '../../api/hub-error'
import { queryKeys } from '../../api/query-keys'
import { useLanguage } from '../../i18n/use-language'
import './dot-vote.css'
import { useMessages } from '../../i18n/use-messages'
import { dotVoteUiMessages } from './dot-vote-ui-messages'

interface DotVoteSettingsProps {
  workshopId: string
  /** The session document, written with the facilitator's token. */
  sessionDoc: Y.Doc
  session: Session
}

/**
 * The two settings of the dot vote, for every county at once: how many dots each member has (on the
 * session document), and whether the results are shown — asked of the hub, which alone can count the
 * secret ballots and publish the totals. Used in a county's plan and on the console.
 */
export function DotVoteSettings({ workshopId, sessionDoc, session }: DotVoteSettingsProps) {
  const t = useMessages(dotVoteUiMessages)
  const dotsId = useId()
  const language = useLanguage()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const revealed = session.votesRevealed
  const toggle = useMutation({
    mutationFn: (reveal: boolean) =>
      hubApi.call(reveal ? 'revealDotVotes' : 'hideDotVotes', { params: { workshopId } }),
    onError: (error) => void message.error(errorSentence(error, language)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.dotVoteProgress(workshopId) }),
  })
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
        loading={toggle.isPending}
        onClick={() => toggle.mutate(!revealed)}
      >
        {t(revealed ? 'facilitator.hide' : 'facilitator.reveal')}
      </Button>
    </div>
  )
}
