import { useTranslation } from 'react-i18next'

/** A full-screen explanation when there is nothing to project: no credential, or a refused one. */
export function ProjectorNotice({ kind }: { kind: 'noToken' | 'refused' }) {
  const { t } = useTranslation()
  return (
    <main className="projector projector-notice">
      <h1>{t(`projector.${kind}.title`)}</h1>
      <p>{t(`projector.${kind}.text`)}</p>
    </main>
  )
}
