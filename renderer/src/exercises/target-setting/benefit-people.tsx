import { PlusOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import type * as Y from 'yjs'
import type { Plan } from '../../../../shared/live/plan-schema'
import type { BenefitResult } from '../../../../shared/exercises/target-setting/benefit-calculator'
import type { TargetIssue } from '../../../../shared/exercises/target-setting/target-checks'
import { INDICATOR_KIND_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { useFormatters } from '../../components/use-formatters'
import { useLanguage } from '../../i18n/use-language'
import { BenefitStep, SumResult, SumSign, useSourceHintText, benefitFieldBinder } from './benefit-parts'
import { basePeopleHint } from './benefit-sources'
import { addPeopleLiftedIndicator, peopleLiftedRow } from './people-lifted-indicator'
import { TargetNumberField } from './target-fields'
import { benefitIssuePath } from './target-issue-paths'
import { useMessages } from '../../i18n/use-messages'
import { targetSettingUiMessages } from './target-setting-ui-messages'

interface BenefitPeopleProps {
  doc: Y.Doc
  plan: Plan
  result: BenefitResult
  issues: ReadonlyMap<string, TargetIssue[]>
  editable: boolean
}

/** Step 1: people lifted = base × share, and the target year the figure is for. */
export function BenefitPeople({ doc, plan, result, issues, editable }: BenefitPeopleProps) {
  const t = useMessages(targetSettingUiMessages)
  const language = useLanguage()
  const format = useFormatters()
  const hintText = useSourceHintText()
  const { benefit } = plan
  const base = result.resolved.basePoorPeople
  const lifted = result.peopleLifted
  const existingRow = peopleLiftedRow(plan.indicators)
  const { targetYear } = benefit
  const bind = benefitFieldBinder(doc, benefit, issues)
  const at = (field: string) => issues.get(benefitIssuePath(field))

  return (
    <BenefitStep number={1} heading={t('benefit.people.heading')} formula={t('benefit.people.formula')}>
      <div className="benefit-sum">
        <TargetNumberField
          kind="count"
          label={t('benefit.people.base')}
          {...bind('basePoorPeople')}
          placeholder={
            base.source !== 'entered' && base.value !== null ? format.count(base.value) : undefined
          }
          hint={hintText(basePeopleHint(result.resolved, plan.dataCard))}
          editable={editable}
          className="benefit-field"
        />
        <SumSign sign="×" />
        <TargetNumberField
          kind="amount"
          label={t('benefit.people.share')}
          {...bind('sharePercent')}
          editable={editable}
          className="benefit-field benefit-field-narrow"
        />
        <SumSign sign="=" />
        <SumResult
          label={t('benefit.people.result')}
          value={lifted === null ? null : format.count(lifted)}
          unit={t('benefit.people.unit')}
          waiting={t('benefit.people.waiting')}
          issues={at('peopleLifted')}
        />
      </div>
      <div className="benefit-follow-up">
        <TargetNumberField
          kind="year"
          label={t('benefit.people.targetYear')}
          {...bind('targetYear')}
          editable={editable}
          className="benefit-field benefit-field-narrow"
        />
        {lifted !== null && (
          <div className="benefit-add-indicator">
            {existingRow !== null ? (
              <span className="target-hint">{t('benefit.indicatorExists', { row: existingRow })}</span>
            ) : targetYear === null ? (
              <span className="target-hint">{t('benefit.needsTargetYear')}</span>
            ) : (
              <>
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  disabled={!editable}
                  onClick={() =>
                    addPeopleLiftedIndicator(doc, {
                      name: INDICATOR_KIND_LABELS['people-lifted'][language],
                      unit: t('kindUnits.people-lifted'),
                      baselineValue: base.value,
                      baselineYear: result.resolved.baselineYear,
                      targetYear,
                      target: lifted,
                    })
                  }
                >
                  {t('benefit.addIndicator')}
                </Button>
                <span className="target-hint">
                  {t('benefit.addIndicatorHint', {
                    year: String(targetYear),
                    value: format.count(lifted),
                  })}
                </span>
              </>
            )}
          </div>
        )}
      </div>
    </BenefitStep>
  )
}
