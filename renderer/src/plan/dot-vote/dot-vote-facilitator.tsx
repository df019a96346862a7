import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons'
import { Button, InputNumber } from 'antd'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
  MAX_DOTS_PER_MEMBER,
  type Session,
  setDotsPerMember,
  setVotesRevealed,
} from '../../../../shared/live/session-doc'

interface DotVoteFacilitatorProps {
  /** The session document, written with the facilitator's token. */
  sessionDoc: Y.Doc
  session: Session
  /** Dots placed in this county's plan, and from how many devices. */
  progress: { dots: number; devices: number }
}

/**
 * What only the facilitator sets, for every county at once: how many dots each member has, and whether
 * the results are shown. The progress line says when everyone has voted, without showing where.
 */
export function DotVoteFacilitator({ sessionDoc, session, progress }: DotVoteFacilitatorProps) {
  const { t } = useTranslation()
  const dotsId = useId()
  const revealed = session.votesRevealed
  return (
    <section className="dv-facilitator" aria-labelledby="dv-facilitator-heading">
      <h3 id="dv-facilitator-heading" className="dv-facilitator-title">
        {t('plan.dotVote.facilitator.heading')}
      </h3>
      <p className="dv-facilitator-note">{t('plan.dotVote.facilitator.scope')}</p>
      <div className="dv-facilitator-row">
        <label htmlFor={dotsId} className="dv-facilitator-label">
          {t('plan.dotVote.facilitator.dotsPerMember')}
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
          {t(revealed ? 'plan.dotVote.facilitator.hide' : 'plan.dotVote.facilitator.reveal')}
        </Button>
      </div>
      <p className="dv-facilitator-note" role="status">
        {t('plan.dotVote.facilitator.placed', progress)}{' '}
        {t(revealed ? 'plan.dotVote.facilitator.revealed' : 'plan.dotVote.facilitator.hidden')}
      </p>
    </section>
  )
}
