import { Alert, Form, Typography } from 'antd'
import dayjs from 'dayjs'
import { useMemo } from 'react'
import type { CountyReview } from '../../../shared/follow-up/county-review'
import type {
  FieldSave,
  FollowUpReport,
  FollowUpReportInput,
} from '../../../shared/follow-up/follow-up-report-schema'
import { REPORTER_ROLE_LABELS } from '../../../shared/follow-up/follow-up-terms-messages'
import { ISO_DATE_FORMAT } from '../../../shared/validation/iso-date'
import { errorSentence } from '../api/hub-error'
import { useFormatters } from '../components/use-formatters'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { countyReviewMessages } from './county-review-messages'
import type { CountyReviewAccess } from './county-review-path'
import { ReportFields } from './report-fields'
import { reportFormValues } from './report-values'
import { useChangeReport } from './use-follow-up'
import { useLiveReport, type LiveSaveState } from './use-live-report'

interface CountyReviewFormProps extends CountyReviewAccess {
  review: CountyReview
  /** Reads the report again (after a save was refused because someone else saved the field first). */
  reload: () => Promise<FollowUpReport | undefined>
}

/**
 * The latest save: of a field (who, by the name they joined with, and when), or of the whole report (the
 * facilitator's form before, a spreadsheet) when that came later; null when nothing is saved yet.
 */
function lastSave(report: FollowUpReport): FieldSave | null {
  const latest = Object.values(report.fieldSaves).reduce<FieldSave | null>(
    (found, save) => (found === null || save.at > found.at ? save : found),
    null,
  )
  if (report.reportedAt === null || (latest && latest.at >= report.reportedAt)) return latest
  return { role: report.reporterRole, name: report.reporterName, at: report.reportedAt }
}

/** The county team's review of the round open to it, entered field by field from any of its devices. */
export function CountyReviewForm({ workshopId, countyId, token, review, reload }: CountyReviewFormProps) {
  const t = useMessages(countyReviewMessages)
  const language = useLanguage()
  const { round, report, previous } = review
  const [form] = Form.useForm<FollowUpReportInput>()
  const change = useChangeReport(workshopId, round.id, countyId, token)
  const live = useLiveReport(form, report, change.mutateAsync, reload)
  const previousActuals = useMemo(
    () =>
      previous && {
        roundName: previous.roundName,
        actuals: new Map(previous.indicators.map((entry) => [entry.indicatorId, entry.actual])),
      },
    [previous],
  )
  const last = lastSave(report)
  const format = useFormatters()
  const time = (iso: string) => dayjs(iso).format('HH:mm')
  // The hub's time is UTC; the day and hour shown are this device's.
  const dayAndTime = (iso: string) => `${format.date(dayjs(iso).format(ISO_DATE_FORMAT))} ${time(iso)}`

  return (
    <section aria-labelledby="county-review-title" className="county-review">
      <Typography.Title level={2} id="county-review-title" style={{ fontSize: 18, marginTop: 8 }}>
        {t('heading', { round: round.name })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('judged', { year: report.targets.planYear })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {last
          ? t('lastSave', {
              name: last.name || REPORTER_ROLE_LABELS[last.role][language],
              time: dayAndTime(last.at),
            })
          : t('notSaved')}
      </Typography.Paragraph>
      <SaveState state={live.state} time={time} language={language} />
      <Form
        name="county-review"
        form={form}
        layout="vertical"
        initialValues={reportFormValues(report)}
        onFinish={live.commit}
      >
        <ReportFields targets={report.targets} previous={previousActuals} onCommit={live.commit} />
      </Form>
    </section>
  )
}

/** Whether the last save landed: said politely to screen readers, a refusal as an alert in words. */
function SaveState({
  state,
  time,
  language,
}: {
  state: LiveSaveState
  time: (iso: string) => string
  language: ReturnType<typeof useLanguage>
}) {
  const t = useMessages(countyReviewMessages)
  if (state.kind === 'refused')
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={errorSentence(state.error, language)}
        style={{ marginBottom: 12 }}
      />
    )
  return (
    <Typography.Paragraph aria-live="polite" className="county-review-state">
      {state.kind === 'saving'
        ? t('saving')
        : state.kind === 'saved'
          ? t('saved', { time: time(state.at) })
          : ''}
    </Typography.Paragraph>
  )
}
