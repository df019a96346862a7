import { textsOf } from '../../../shared/exercises/exercise-definition'
import { EXERCISE_DEFINITIONS } from '../../../shared/exercises/exercise-definitions'
import type { RunState } from '../../../shared/session/run-state'
import { useLanguage } from '../i18n/use-language'
import { exerciseTitle } from '../session/exercise-title'
import { TimerDisplay } from '../session/timer-display'
import { useMessages } from '../i18n/use-messages'
import { projectorMessages } from './projector-messages'

/** The current exercise: its name, what it is for and how it works, and the timer as large as it gets. */
export function ExerciseView({ run, workshopTitle }: { run: RunState; workshopTitle: string }) {
  const t = useMessages(projectorMessages)
  const language = useLanguage()
  const kind = run.currentKind
  if (kind === null) {
    return (
      <div className="projector-welcome">
        <h1>{workshopTitle}</h1>
        <p>{t('welcome')}</p>
      </div>
    )
  }
  const definition = EXERCISE_DEFINITIONS[kind]
  const timer = run.timer !== null && run.timer.itemId === run.currentItemId ? run.timer : null
  return (
    <div className="projector-exercise">
      <div className="projector-exercise-head">
        <h1 data-testid="projector-title">{exerciseTitle(kind, run.currentTitle, language)}</h1>
        {timer && <TimerDisplay timer={timer} size="huge" />}
      </div>
      {kind !== 'custom' && (
        <>
          <p className="projector-purpose">{textsOf(definition, language).purpose}</p>
          <h2 className="sr-only">{t('exercise.steps')}</h2>
          <ol className="projector-steps">
            {textsOf(definition, language).instructions.map((instruction) => (
              <li key={instruction}>{instruction}</li>
            ))}
          </ol>
        </>
      )}
    </div>
  )
}
