import { Typography } from 'antd'
import type { PartChange, PlanComparison } from '../../../shared/versions/plan-comparison'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { exerciseTitle } from '../session/exercise-title'
import { versionsMessages } from './versions-messages'

/** What changed from a version to now, exercise by exercise, in words. */
export function VersionChanges({ changes }: { changes: PlanComparison }) {
  const t = useMessages(versionsMessages)
  const language = useLanguage()
  if (changes.length === 0) return <Typography.Paragraph>{t('preview.same')}</Typography.Paragraph>
  const counts = (change: PartChange) => {
    // A part compared as a whole (a text, the data card) only says that it changed.
    if (change.whole) return t('counts.edited')
    return (['added', 'removed', 'changed'] as const)
      .filter((kind) => change[kind] > 0)
      .map((kind) => t(`counts.${kind}`, { count: change[kind] }))
      .join(t('listSeparator'))
  }
  return (
    <ul className="version-changes">
      {changes.map(({ exercise, parts }) => (
        <li key={exercise}>
          <Typography.Text strong>{exerciseTitle(exercise, '', language)}</Typography.Text>
          <ul>
            {parts.map((change) => (
              <li key={change.part}>
                {t('partLine', { part: t(`part.${change.part}`), counts: counts(change) })}
                {change.addedTexts.length > 0 && (
                  <div className="version-texts">
                    {t('addedTexts', { texts: change.addedTexts.join(t('listSeparator')) })}
                  </div>
                )}
                {change.removedTexts.length > 0 && (
                  <div className="version-texts">
                    {t('removedTexts', { texts: change.removedTexts.join(t('listSeparator')) })}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}
