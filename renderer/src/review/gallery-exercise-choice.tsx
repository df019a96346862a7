import { Checkbox } from 'antd'
import { exerciseTitle } from '../../../shared/exercises/exercise-definitions'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'
import { canonicalExercises, GALLERY_EXERCISES } from '../../../shared/review/gallery-exercises'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { consoleReviewMessages } from './console-review-messages'

/**
 * Which exercises of the plans a gallery walk opens, chosen before it starts: one checkbox per exercise
 * that has content of its own, named in the console's language. The hub sends readers nothing else.
 */
export function GalleryExerciseChoice({
  value,
  onChange,
}: {
  value: readonly ExerciseKind[]
  onChange: (exercises: ExerciseKind[]) => void
}) {
  const t = useMessages(consoleReviewMessages)
  const language = useLanguage()
  return (
    <fieldset className="console-review-exercises">
      <legend>{t('exercises.legend')}</legend>
      <Checkbox.Group
        value={[...value]}
        onChange={(checked) => onChange(canonicalExercises(checked))}
        options={GALLERY_EXERCISES.map((kind) => ({ value: kind, label: exerciseTitle(kind, language) }))}
      />
      <p className="console-review-hint">{value.length === 0 ? t('exercises.none') : t('exercises.hint')}</p>
    </fieldset>
  )
}
