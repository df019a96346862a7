import { AimOutlined, CheckCircleFilled, WarningOutlined } from '@ant-design/icons'
import { Button, Switch } from 'antd'
import type { County } from '../../../shared/county/county-schema'
import { EXERCISE_DEFINITIONS, exerciseTitle } from '../../../shared/exercises/exercise-definitions'
import type { PresentDevice } from '../../../shared/join/join-schema'
import type { Plan } from '../../../shared/live/plan-schema'
import type { PovertyLine } from '../../../shared/poverty-line/poverty-line-schema'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'
import { countyProgress } from '../../../shared/session/county-progress'
import { lockedForAll, lockedForGroup } from '../../../shared/session/exercise-lock'
import { spotlightKindFor } from '../../../shared/session/projector-modes'
import type { RunState } from '../../../shared/session/run-state'
import { formatTargetIssue } from '../../../shared/exercises/target-setting/target-checks'
import { EmptyState } from '../components/empty-state'
import { useLanguage } from '../i18n/use-language'
import { completenessState } from '../plan/steps/completeness-label'
import { useHubClockOffset, useHubNow } from '../session/use-hub-clock'
import type { WatchedView } from '../session/use-watched-docs'
import { bilingual } from '../workshop-setup/counties/county-name'
import { lastEditLabel } from './last-edit-label'
import { latestEdit } from './latest-edit'
import type { ConsoleActions } from './use-console-actions'
import { useMessages } from '../i18n/use-messages'
import { consoleMessages } from './console-messages'

interface ProgressGridProps {
  counties: readonly County[]
  plans: Record<string, WatchedView<Plan>>
  /** County id → when the hub recorded the plan's latest edit (ISO); absent when nobody has edited it. */
  recordedEdits: Record<string, string>
  presence: Record<string, PresentDevice[]>
  kinds: readonly ExerciseKind[]
  povertyLines: readonly PovertyLine[]
  run: RunState
  actions: ConsoleActions
}

/**
 * One row per county: how complete each exercise of the agenda is (read from the plan exactly as the
 * group's navigator reads it), who is connected, when the plan last changed, the target warnings, and
 * the current exercise's lock and spotlight for that county.
 */
export function ProgressGrid({
  counties,
  plans,
  recordedEdits,
  presence,
  kinds,
  povertyLines,
  run,
  actions,
}: ProgressGridProps) {
  const t = useMessages(consoleMessages)
  const language = useLanguage()
  const offset = useHubClockOffset()
  const now = useHubNow(true, 30_000)

  if (counties.length === 0) {
    return <EmptyState title={t('progress.empty.title')} text={t('progress.empty.text')} />
  }
  const currentKind = run.currentKind
  const lockable = currentKind !== null && EXERCISE_DEFINITIONS[currentKind].criteria !== null
  const currentTitle = currentKind ? exerciseTitle(currentKind, language) : ''

  return (
    <div className="progress-grid-scroll" tabIndex={0} aria-labelledby="progress-grid-caption">
      <table className="progress-grid" data-testid="progress-grid">
        <caption id="progress-grid-caption" className="sr-only">
          {t('progress.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="progress-county">
              {t('progress.county')}
            </th>
            <th scope="col">{t('progress.devices')}</th>
            <th scope="col">{t('progress.lastEdit')}</th>
            {kinds.map((kind) => (
              <th
                scope="col"
                key={kind}
                data-current={kind === currentKind || undefined}
                className="progress-kind"
              >
                {exerciseTitle(kind, language)}
                {kind === currentKind && <span className="sr-only">{t('progress.currentColumn')}</span>}
              </th>
            ))}
            <th scope="col">{t('progress.alerts')}</th>
            <th scope="col" className="progress-lock">
              {t('progress.lock')}
            </th>
            <th scope="col" className="progress-spotlight">
              {t('progress.spotlight')}
            </th>
          </tr>
        </thead>
        <tbody>
          {counties.map((county) => {
            const name = bilingual(county.name, county.nameEn, language).primary
            const view = plans[county.id]
            const devices = (presence[county.id] ?? []).filter((device) => !device.facilitator)
            const progress = view?.synced ? countyProgress(view.value, kinds, povertyLines) : null
            return (
              <tr key={county.id} data-county={county.name}>
                <th scope="row" className="progress-county">
                  {name}
                </th>
                <td data-testid="devices">
                  {devices.length === 0 ? (
                    <span className="progress-muted">{t('progress.nobody')}</span>
                  ) : (
                    <span title={devices.map((device) => device.name).join('、')}>{devices.length}</span>
                  )}
                </td>
                <td className="progress-nowrap" data-testid="last-edit">
                  {lastEditLabel(
                    latestEdit(recordedEdits[county.id], view?.lastChangeAt ?? null, offset),
                    now,
                    t,
                  )}
                </td>
                {kinds.map((kind, index) => {
                  if (!progress) return <td key={kind}>{index === 0 ? t('progress.reading') : ''}</td>
                  const state = completenessState(progress.exercises[index]!.completeness)
                  return (
                    <td
                      key={kind}
                      data-kind={kind}
                      data-state={state.kind}
                      data-current={kind === currentKind || undefined}
                      className="progress-cell"
                    >
                      {state.kind === 'done' ? (
                        <>
                          <CheckCircleFilled aria-hidden /> {t('progress.done')}
                        </>
                      ) : state.kind === 'none' ? (
                        <span aria-label={t('progress.notApplicable')}>—</span>
                      ) : (
                        t('progress.percent', { percent: state.percent })
                      )}
                    </td>
                  )
                })}
                <td data-testid="alerts">
                  {!progress || progress.alerts.length === 0 ? (
                    <span className="progress-muted">{t('progress.noAlerts')}</span>
                  ) : (
                    <details className="progress-alerts">
                      <summary>
                        <WarningOutlined aria-hidden />{' '}
                        {t('progress.alertsCount', { count: progress.alerts.length })}
                      </summary>
                      <ul>
                        {progress.alerts.map((alert) => (
                          <li key={`${alert.path}-${alert.key}`}>{formatTargetIssue(alert, language)}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
                <td className="progress-lock">
                  {lockable && currentKind ? (
                    <Switch
                      size="small"
                      checked={lockedForAll(run, currentKind) || lockedForGroup(run, currentKind, county.id)}
                      disabled={lockedForAll(run, currentKind)}
                      title={lockedForAll(run, currentKind) ? t('progress.lockedForAll') : undefined}
                      aria-label={t('progress.lockCounty', { county: name, exercise: currentTitle })}
                      onChange={(locked) => actions.setGroupLock(county.id, locked)}
                    />
                  ) : (
                    <span className="progress-muted">{t('progress.noCurrent')}</span>
                  )}
                </td>
                <td className="progress-spotlight">
                  <Button
                    size="small"
                    icon={<AimOutlined aria-hidden />}
                    aria-label={t('progress.spotlightCounty', { county: name })}
                    aria-pressed={run.projectorMode === 'spotlight' && run.spotlight?.countyId === county.id}
                    onClick={() =>
                      actions.spotlight(county.id, run.spotlight?.kind ?? spotlightKindFor(currentKind), true)
                    }
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
