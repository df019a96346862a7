import { ClearOutlined } from '@ant-design/icons'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button } from 'antd'
import type * as Y from 'yjs'
import type { Session } from '../../../shared/live/session-doc'
import { hubApi } from '../api/hub-api'
import { errorSentence } from '../api/hub-error'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { DotVoteSettings } from '../exercises/dot-vote/dot-vote-settings'
import { dotVoteUiMessages } from '../exercises/dot-vote/dot-vote-ui-messages'
import { useDotVoteProgress } from '../exercises/dot-vote/use-dot-vote-progress'
import { queryKeys } from '../api/query-keys'
import { commonMessages } from '../components/common-messages'
import { consoleMessages } from './console-messages'

interface ConsoleDotVoteProps {
  workshopId: string
  sessionDoc: Y.Doc
  session: Session
}

/**
 * The dot vote run from the console while it is the room's current item: the same settings as in a
 * county's plan (dots per member, reveal or hide the results), how far the room has voted, and
 * starting the vote again, which takes every county's dots off after a confirmation.
 */
export function ConsoleDotVote({ workshopId, sessionDoc, session }: ConsoleDotVoteProps) {
  const t = useMessages(consoleMessages)
  const tCommon = useMessages(commonMessages)
  const dotVote = useMessages(dotVoteUiMessages)
  const language = useLanguage()
  const { modal, message } = App.useApp()
  const queryClient = useQueryClient()
  const reset = useMutation({
    mutationFn: () => hubApi.call('resetDotVotes', { params: { workshopId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.dotVoteProgress(workshopId) }),
  })
  // Counted by the hub from the secret ballots: how many dots, never where.
  const progress = useDotVoteProgress(workshopId).data ?? []
  const dots = progress.reduce((sum, county) => sum + county.dots, 0)
  const counties = progress.filter((county) => county.dots > 0).length

  const confirmReset = () => {
    modal.confirm({
      title: t('dotVote.resetConfirm.title'),
      content: t('dotVote.resetConfirm.content', { dots }),
      okText: t('dotVote.resetConfirm.ok'),
      okButtonProps: { danger: true },
      cancelText: tCommon('cancel'),
      // A stray Enter must not wipe the room's vote.
      autoFocusButton: 'cancel',
      onOk: () =>
        reset.mutateAsync().then(
          (answer) => void message.success(t('dotVote.resetDone', { dots: answer.dots })),
          (error: unknown) => void message.error(errorSentence(error, language)),
        ),
    })
  }

  return (
    <section
      className="console-dot-vote"
      aria-labelledby="console-dot-vote-heading"
      data-testid="console-dot-vote"
    >
      <h3 id="console-dot-vote-heading" className="console-dot-vote-heading">
        {t('dotVote.heading')}
      </h3>
      <DotVoteSettings workshopId={workshopId} sessionDoc={sessionDoc} session={session} />
      <p className="console-dot-vote-note" role="status">
        {t('dotVote.progress', { counties, dots })}{' '}
        {dotVote(session.votesRevealed ? 'facilitator.revealed' : 'facilitator.hidden')}
      </p>
      <Button danger icon={<ClearOutlined aria-hidden />} loading={reset.isPending} onClick={confirmReset}>
        {t('dotVote.reset')}
      </Button>
    </section>
  )
}
