import { useMessages } from '../i18n/use-messages'
import { projectorMessages } from './projector-messages'

/** A full-screen explanation when there is nothing to project: no credential, or a refused one. */
export function ProjectorNotice({ kind }: { kind: 'noToken' | 'refused' }) {
  const t = useMessages(projectorMessages)
  return (
    <main className="projector projector-notice">
      <h1>{t(`${kind}.title`)}</h1>
      <p>{t(`${kind}.text`)}</p>
    </main>
  )
}
