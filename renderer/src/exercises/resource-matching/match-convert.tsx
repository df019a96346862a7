import { CheckCircleFilled, NodeIndexOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import type * as Y from 'yjs'
import { convertMatchToAction } from '../../../../shared/exercises/action-plan/action-from-match'
import { useLanguage } from '../../i18n/use-language'
import { useMessages } from '../../i18n/use-messages'
import { resourceMatchingUiMessages } from './resource-matching-ui-messages'

interface MatchConvertProps {
  doc: Y.Doc
  matchId: string
  /** The resource's title in the UI language, to name the match to a screen reader. */
  resource: string
  converted: boolean
  editable: boolean
}

/**
 * "Turn into action" (the action's title and description are written in the UI language), and once
 * done, a link to the action plan in its place.
 */
export function MatchConvert({ doc, matchId, resource, converted, editable }: MatchConvertProps) {
  const t = useMessages(resourceMatchingUiMessages)
  const language = useLanguage()
  const link = useRef<HTMLAnchorElement>(null)
  const [convertedHere, setConvertedHere] = useState(false)
  useEffect(() => {
    // The button that had focus is replaced by the link: keep the keyboard user's place.
    if (converted && convertedHere) link.current?.focus()
  }, [converted, convertedHere])

  return converted ? (
    <Link
      ref={link}
      to={{ search: '?step=action-plan' }}
      className="match-converted"
      aria-label={t('match.convertedLabel', { resource })}
    >
      <CheckCircleFilled aria-hidden /> {t('match.converted')}
    </Link>
  ) : (
    <Button
      size="small"
      className="match-convert"
      icon={<NodeIndexOutlined aria-hidden />}
      aria-label={t('match.convertLabel', { resource })}
      disabled={!editable}
      onClick={() => {
        setConvertedHere(true)
        convertMatchToAction(doc, matchId, language)
      }}
    >
      {t('match.convert')}
    </Button>
  )
}
