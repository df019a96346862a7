import { Alert, Button } from 'antd'
import type * as Y from 'yjs'
import { updatePlanInfo } from '../../../../shared/exercises/sign-off/sign-off-doc'
import type { Plan } from '../../../../shared/live/plan-schema'
import { TargetNumberField } from './target-fields'
import { MAX_PERIOD_YEARS, periodProblem, suggestedPeriod } from './target-years'
import { useMessages } from '../../i18n/use-messages'
import { targetSettingUiMessages } from './target-setting-ui-messages'

/**
 * The plan's first and last year, which give the table its annual-target columns. Until both are set,
 * one button sets a sensible period (from the data card's year), so no one has to leave the step.
 */
export function PlanPeriod({ doc, plan, editable }: { doc: Y.Doc; plan: Plan; editable: boolean }) {
  const t = useMessages(targetSettingUiMessages)
  const { startYear, endYear } = plan.info
  const suggested = suggestedPeriod(plan.dataCard, new Date().getFullYear())
  const problem = periodProblem(plan.info)
  const hint =
    problem === 'end-before-start'
      ? t('period.endBeforeStart')
      : problem === 'too-long'
        ? t('period.tooLong', { max: MAX_PERIOD_YEARS })
        : undefined
  return (
    <div className="target-period" role="group" aria-label={t('period.label')}>
      {startYear === null && endYear === null && (
        <Alert
          type="info"
          showIcon
          className="target-period-offer"
          title={t('period.notSet')}
          action={
            <Button type="primary" disabled={!editable} onClick={() => updatePlanInfo(doc, suggested)}>
              {t('period.useSuggested', {
                start: String(suggested.startYear),
                end: String(suggested.endYear),
              })}
            </Button>
          }
        />
      )}
      <div className="target-period-fields">
        <span className="target-period-label" aria-hidden>
          {t('period.label')}
        </span>
        <TargetNumberField
          kind="year"
          label={t('period.startYear')}
          value={startYear}
          onSave={(value) => updatePlanInfo(doc, { startYear: value })}
          editable={editable}
          className="target-year-field"
        />
        <TargetNumberField
          kind="year"
          label={t('period.endYear')}
          value={endYear}
          onSave={(value) => updatePlanInfo(doc, { endYear: value })}
          hint={hint}
          editable={editable}
          className="target-year-field"
        />
      </div>
    </div>
  )
}
