import { WarningOutlined } from '@ant-design/icons'
import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Plan } from '../../../../shared/live/plan-schema'
import type { Indicator } from '../../../../shared/exercises/target-setting/target-setting-schema'
import { useFormatters } from '../../components/use-formatters'
import { logframeRows, type LogframeRow } from './logframe-rows'

function IndicatorList({ indicators }: { indicators: Indicator[] }) {
  const { t } = useTranslation()
  const format = useFormatters()
  if (indicators.length === 0) return <span aria-hidden>{t('plan.logframe.matrix.none')}</span>
  return (
    <ul className="logframe-list">
      {indicators.map((indicator) => {
        const targets = indicator.targets
          .map((target) =>
            t('plan.logframe.matrix.targetYear', {
              year: String(target.year),
              value: format.count(target.value),
            }),
          )
          .join('，')
        return (
          <li key={indicator.id}>
            {indicator.name.trim() || t('plan.logframe.matrix.untitledIndicator')}
            {indicator.unit.trim() !== '' && (
              <span className="logframe-unit">（{indicator.unit.trim()}）</span>
            )}
            {targets !== '' && (
              <Typography.Text type="secondary" className="logframe-targets">
                {t('plan.logframe.matrix.targets', { targets })}
              </Typography.Text>
            )}
          </li>
        )
      })}
    </ul>
  )
}

function Statement({ row }: { row: LogframeRow }) {
  const { t } = useTranslation()
  if (row.text !== '') return <span className="logframe-text">{row.text}</span>
  const empty =
    row.level === 'goal'
      ? t('plan.logframe.matrix.noGoal')
      : row.level === 'objective'
        ? t('plan.logframe.matrix.untitledObjective')
        : t('plan.logframe.matrix.untitledAction')
  return <Typography.Text type="secondary">{empty}</Typography.Text>
}

const LEVEL_KEYS = {
  goal: 'plan.logframe.matrix.goalRow',
  objective: 'plan.logframe.matrix.objectiveRow',
  output: 'plan.logframe.matrix.outputRow',
} as const

/**
 * The logframe matrix, read-only: each row is edited where it was made (goal above, objectives in
 * the problem tree, indicators in target setting, measures in the action plan). It shows what the
 * plan's logic still lacks, chiefly objectives that nothing measures.
 */
export function LogframeTable({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const rows = logframeRows(plan)
  const objectives = rows.filter((row) => row.level === 'objective')
  const outputs = rows.filter((row) => row.level === 'output')
  return (
    <div className="logframe-scroll" role="region" aria-labelledby="logframe-heading" tabIndex={0}>
      <table className="logframe-table">
        <caption className="sr-only">{t('plan.logframe.matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.logframe.matrix.level')}</th>
            <th scope="col">{t('plan.logframe.matrix.narrative')}</th>
            <th scope="col">{t('plan.logframe.matrix.indicators')}</th>
            <th scope="col">{t('plan.logframe.matrix.verification')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const sources = [
              ...new Set(row.indicators.map((indicator) => indicator.verificationSource.trim())),
            ]
              .filter((source) => source !== '')
              .join('；')
            return (
              <tr key={`${row.level}:${row.id}`} data-level={row.level} data-measured={row.measured}>
                <th scope="row">{t(LEVEL_KEYS[row.level])}</th>
                <td>
                  <Statement row={row} />
                </td>
                <td>
                  {row.measured ? (
                    <IndicatorList indicators={row.indicators} />
                  ) : (
                    <span className="logframe-warning">
                      <WarningOutlined aria-hidden /> {t('plan.logframe.matrix.noIndicator')}
                      <br />
                      <Link to={{ search: '?step=target-setting' }}>
                        {t('plan.logframe.matrix.linkIndicator')}
                      </Link>
                    </span>
                  )}
                </td>
                <td>
                  {sources === '' ? <span aria-hidden>{t('plan.logframe.matrix.none')}</span> : sources}
                </td>
              </tr>
            )
          })}
          {objectives.length === 0 && (
            <tr data-level="objective">
              <th scope="row">{t('plan.logframe.matrix.objectiveRow')}</th>
              <td colSpan={3}>
                <Typography.Text type="secondary">{t('plan.logframe.matrix.noObjectives')}</Typography.Text>
              </td>
            </tr>
          )}
          {outputs.length === 0 && (
            <tr data-level="output">
              <th scope="row">{t('plan.logframe.matrix.outputRow')}</th>
              <td colSpan={3}>
                <Typography.Text type="secondary">{t('plan.logframe.matrix.noActions')}</Typography.Text>
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
