import type { ReactNode } from 'react'
import { useId } from 'react'
import type * as Y from 'yjs'
import { setBenefitInput } from '../../../../shared/exercises/target-setting/target-setting-doc'
import type {
  BenefitInputField,
  BenefitInputs,
} from '../../../../shared/exercises/target-setting/target-setting-schema'
import type { TargetIssue } from '../../../../shared/exercises/target-setting/target-checks'
import { useFormatters } from '../../components/use-formatters'
import type { SourceHint } from './benefit-sources'
import { FieldNote } from './field-note'
import { benefitIssuePath } from './target-issue-paths'
import { useMessages } from '../../i18n/use-messages'
import { targetSettingUiMessages } from './target-setting-ui-messages'

/** An arithmetic sign between the boxes of a worked sum; the formula line says it in words. */
export const SumSign = ({ sign }: { sign: '×' | '÷' | '=' }) => (
  <span className="benefit-sign" aria-hidden>
    {sign}
  </span>
)

/** One step of the calculator: a numbered heading, the formula in words, then the sum itself. */
export function BenefitStep({
  number,
  heading,
  formula,
  children,
}: {
  number: number
  heading: string
  formula: string
  children: ReactNode
}) {
  const id = useId()
  return (
    <section className="benefit-step" aria-labelledby={id}>
      <h4 id={id} className="benefit-step-heading">
        <span className="benefit-step-number" aria-hidden>
          {number}
        </span>
        {heading}
      </h4>
      <p className="benefit-formula">{formula}</p>
      {children}
    </section>
  )
}

/**
 * What a sum comes to, large enough to read from across the table. An <output>, so a screen reader
 * hears the new figure as the boxes change.
 */
export function SumResult({
  label,
  value,
  unit,
  waiting,
  detail,
  issues = [],
}: {
  label: string
  value: string | null
  unit: string
  waiting: string
  detail?: ReactNode
  issues?: readonly TargetIssue[]
}) {
  const id = useId()
  return (
    <div className="benefit-result">
      <output className="benefit-result-output">
        <span className="benefit-result-label">{label}</span>
        {value === null ? (
          <span className="benefit-result-waiting">{waiting}</span>
        ) : (
          <span className="benefit-result-value">
            <span className="benefit-result-number">{value}</span>{' '}
            <span className="benefit-result-unit">{unit}</span>
          </span>
        )}
      </output>
      {detail && <span className="benefit-result-detail">{detail}</span>}
      {issues.length > 0 && <FieldNote id={`${id}-note`} issues={issues} />}
    </div>
  )
}

/** A source hint as a sentence, its counts grouped for the language (42,996 people ÷ 13,255 households). */
export function useSourceHintText(): (hint: SourceHint | null) => string | undefined {
  const t = useMessages(targetSettingUiMessages)
  const format = useFormatters()
  return (hint) => {
    if (!hint) return undefined
    switch (hint.key) {
      case 'remainingPoor':
        return t('benefit.sources.remainingPoor', hint.params)
      case 'householdSize':
        return t('benefit.sources.householdSize', {
          people: format.count(hint.params.people),
          households: format.count(hint.params.households),
        })
      default:
        return t(`benefit.sources.${hint.key}`)
    }
  }
}

/**
 * What a benefit-calculator box needs besides its label: its input's stored value, how to save it,
 * and the warnings about it. `bind('unitsSold')` spreads onto a TargetNumberField.
 */
export function benefitFieldBinder(
  doc: Y.Doc,
  benefit: BenefitInputs,
  issues: ReadonlyMap<string, TargetIssue[]>,
) {
  return (field: BenefitInputField) => ({
    value: benefit[field],
    onSave: (value: number | null) => setBenefitInput(doc, field, value),
    issues: issues.get(benefitIssuePath(field)),
  })
}
