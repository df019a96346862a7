import { WarningOutlined } from '@ant-design/icons'
import { Typography } from 'antd'
import { Link } from 'react-router'
import type { Plan } from '../../../../shared/live/plan-schema'
import type { Indicator } from '../../../../shared/exercises/target-setting/target-setting-schema'
import { useFormatters } from '../../components/use-formatters'
import { logframeRows, type LogframeRow } from '../../../../shared/exercises/logframe/logframe-rows'
import { useMessages } from '../../i18n/use-messages'
import { logframeUiMessages } from './logframe-ui-messages'

function IndicatorList({ indicators }: { indicators: Indicator[] }) {
  const t = useMessages(logframeUiMessages)
  const format = useFormatters()
  if (indicators.length === 0) return <span aria-hidden>{t('matrix.none')}</span>
  return (
    <ul className="logframe-list">
      {indicators.map((indicator) => {
        const targets = indicator.targets
          .map((target) =>
            t('matrix.targetYear', {
              year: String(target.year),
              value: format.count(target.value),
            }),
          )
          .join('，')
        return (
          <li key={indicator.id}>
            {indicator.name.trim() || t('matrix.untitledIndicator')}
            {indicator.unit.trim() !== '' && (
              <span className="logframe-unit">（{indicator.unit.trim()}）</span>
            )}
            {targets !== '' && (
              <Typography.Text type="secondary" className="logframe-targets">
                {t('matrix.targets', { targets })}
              </Typography.Text>
            )}
          </li>
        )
      })}
    </ul>
  )
}

function Statement({ row }: { row: LogframeRow }) {
  const t = useMessages(logframeUiMessages)
  if (row.text !== '') return <span className="logframe-text">{row.text}</span>
  const empty =
    row.level === 'goal'
      ? t('matrix.noGoal')
      : row.level === 'objective'
        ? t('matrix.untitledObjective')
        : t('matrix.untitledAction')
  return <Typography.Text type="secondary">{empty}</Typography.Text>
}

const LEVEL_KEYS = {
  goal: 'matrix.goalRow',
  objective: 'matrix.objectiveRow',
  output: 'matrix.outputRow',
} as const

/**
 * The logframe matrix, read-only: each row is edited where it was made (goal above, objectives in
 * the problem tree, indicators in target setting, measures in the action plan). It shows what the
 * plan's logic still lacks, chiefly objectives that nothing measures.
 */
export function LogframeTable({ plan }: { plan: Plan }) {
  const t = useMessages(logframeUiMessages)
  const rows = logframeRows(plan)
  const objectives = rows.filter((row) => row.level === 'objective')
  const outputs = rows.filter((row) => row.level === 'output')
  return (
    <div className="logframe-scroll" role="region" aria-labelledby="logframe-heading" tabIndex={0}>
      <table className="logframe-table">
        <caption className="sr-only">{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matrix.level')}</th>
            <th scope="col">{t('matrix.narrative')}</th>
            <th scope="col">{t('matrix.indicators')}</th>
            <th scope="col">{t('matrix.verification')}</th>
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
                      <WarningOutlined aria-hidden /> {t('matrix.noIndicator')}
                      <br />
                      <Link to={{ search: '?step=target-setting' }}>{t('matrix.linkIndicator')}</Link>
                    </span>
                  )}
                </td>
                <td>{sources === '' ? <span aria-hidden>{t('matrix.none')}</span> : sources}</td>
              </tr>
            )
          })}
          {objectives.length === 0 && (
            <tr data-level="objective">
              <th scope="row">{t('matrix.objectiveRow')}</th>
              <td colSpan={3}>
                <Typography.Text type="secondary">{t('matrix.noObjectives')}</Typography.Text>
              </td>
            </tr>
          )}
          {outputs.length === 0 && (
            <tr data-level="output">
              <th scope="row">{t('matrix.outputRow')}</th>
              <td colSpan={3}>
                <Typography.Text type="secondary">{t('matrix.noActions')}</Typography.Text>
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
