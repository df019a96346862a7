import { ArrowLeftOutlined } from '@ant-design/icons'
import { Alert, App, Button, Form, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { County } from '../../../shared/county/county-schema'
import { peopleProgress } from '../../../shared/follow-up/follow-up-progress'
import {
  followUpReportInputSchema,
  type FollowUpReport,
  type FollowUpReportInput,
} from '../../../shared/follow-up/follow-up-report-schema'
import type { FollowUpRound } from '../../../shared/follow-up/follow-up-round-schema'
import { ISO_DATE_FORMAT } from '../../../shared/validation/iso-date'
import {
  changesBetween,
  fieldValue,
  reportFields,
  withChange,
  type ReportFieldChange,
} from '../../../shared/follow-up/report-change'
import { HubError } from '../api/hub-error'
import { REPORTER_ROLE_LABELS } from '../../../shared/follow-up/follow-up-terms-messages'
import { commonMessages } from '../components/common-messages'
import { NoDataYet } from '../components/no-data-yet'
import { useUnsavedChangesGuard } from '../components/use-unsaved-changes-guard'
import { useFormatters } from '../components/use-formatters'
import { useSchemaForm } from '../forms/use-schema-form'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { bilingual } from '../workshop-setup/counties/county-name'
import { followUpMessages } from './follow-up-messages'
import { ReportFields } from './report-fields'
import { reportFormValues } from './report-values'
import { ReportSpreadsheet } from './report-spreadsheet'
import { useChangeReport, useFollowUpReport } from './use-follow-up'
import { CountyProgressPanel } from './charts/county-progress-panel'
import { ReviewPdfButton } from './charts/review-pdf-button'

interface CountyReportFormProps {
  round: FollowUpRound
  county: County
  onBack: () => void
}

/** A county's report for a round: actuals against this year's targets, statuses, narrative, reporter. */
export function CountyReportForm({ round, county, onBack }: CountyReportFormProps) {
  const report = useFollowUpReport(round.workshopId, round.id, county.id)
  const t = useMessages(followUpMessages)
  const language = useLanguage()
  // Edits of a save refused because someone saved one of its fields meanwhile: kept over the report as
  // stored now, except the fields that were saved meanwhile, which show what was saved.
  const [carried, setCarried] = useState<ReportFieldChange[]>([])
  if (report.data === undefined)
    return (
      <>
        <BackButton label={t('report.back')} onClick={onBack} />
        <NoDataYet query={report} />
      </>
    )
  // A new form after every save (or spreadsheet import): its starting values are what the hub stored.
  return (
    <>
      <ReportForm
        key={report.data.reportedAt ?? 'new'}
        round={round}
        county={county}
        report={report.data}
        carried={carried.filter((change) => fieldValue(reportFormValues(report.data), change) === change.was)}
        onConflict={(changes) => {
          setCarried(changes)
          void report.refetch()
        }}
        onBack={onBack}
      />
      <ReportSpreadsheet
        round={round}
        county={county}
        countyName={bilingual(county.name, county.nameEn, language).primary}
      />
      <CountyProgressPanel
        workshopId={round.workshopId}
        countyId={county.id}
        actions={<ReviewPdfButton round={round} county={county} />}
      />
    </>
  )
}

function BackButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      type="link"
      icon={<ArrowLeftOutlined aria-hidden />}
      onClick={onClick}
      style={{ paddingInline: 0 }}
    >
      {label}
    </Button>
  )
}

interface ReportFormProps extends CountyReportFormProps {
  report: FollowUpReport
  /** Unsaved edits kept from before the report was read again. */
  carried: ReportFieldChange[]
  onConflict: (changes: ReportFieldChange[]) => void
}

function ReportForm({ round, county, report, carried, onConflict, onBack }: ReportFormProps) {
  const t = useMessages(followUpMessages)
  const tCommon = useMessages(commonMessages)
  const { modal } = App.useApp()
  // Unsaved entries are asked about before they are left: another tab, a reload, or back to the counties.
  const [dirty, setDirty] = useState(carried.length > 0)
  useUnsavedChangesGuard(dirty)
  const back = () => {
    if (!dirty) return onBack()
    modal.confirm({
      title: tCommon('leave.title'),
      content: tCommon('leave.content'),
      okText: tCommon('leave.ok'),
      okButtonProps: { danger: true },
      cancelText: tCommon('leave.cancel'),
      autoFocusButton: 'cancel',
      onOk: onBack,
    })
  }
  const language = useLanguage()
  const format = useFormatters()
  const { message } = App.useApp()
  const [form] = Form.useForm<FollowUpReportInput>()
  const schemaForm = useSchemaForm(form, followUpReportInputSchema)
  const save = useChangeReport(round.workshopId, round.id, county.id)
  const stored = reportFormValues(report)
  const countyName = bilingual(county.name, county.nameEn, language).primary
  const { targets } = report
  const people = peopleProgress(report)
  // The hub's time is UTC; the day and hour shown are this computer's.
  const savedTime = (iso: string) =>
    `${format.date(dayjs(iso).format(ISO_DATE_FORMAT))} ${dayjs(iso).format('HH:mm')}`

  const submit = async () => {
    const input = schemaForm.check()
    if (!input) return
    // Awaited rather than mutate's own callbacks: a save refreshes the report, which renders a new form in
    // this one's place, and callbacks given to mutate() never run once their form is gone — the
    // confirmation was lost about one save in two.
    // Only the fields changed here are sent, each merged into the report as stored: a county team
    // entering other rows at the same time keeps its entries.
    const changes = changesBetween(stored, input, reportFields(targets))
    try {
      if (changes.length > 0) await save.mutateAsync(changes)
    } catch (error) {
      if (error instanceof HubError && error.status === 409) onConflict(changes)
      if (!schemaForm.showHubError(error)) void message.error((error as Error).message)
      return
    }
    setDirty(false)
    void message.success(t('report.saved', { county: countyName }))
  }

  return (
    <section aria-labelledby="follow-up-report-title">
      <BackButton label={t('report.back')} onClick={back} />
      <Typography.Title level={2} id="follow-up-report-title" style={{ fontSize: 18, marginTop: 8 }}>
        {t('report.title', { county: countyName, round: round.name })}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('report.judged', { year: targets.planYear })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {report.reportedAt
          ? t(report.reporterName ? 'report.savedAt' : 'report.savedAtByRole', {
              time: savedTime(report.reportedAt),
              role: REPORTER_ROLE_LABELS[report.reporterRole][language],
              name: report.reporterName,
            })
          : t('report.notSaved')}
      </Typography.Paragraph>
      {people.toDate !== null && people.planned !== null && people.plannedBy !== null && (
        <Alert
          type={people.percent !== null && people.percent >= 100 ? 'success' : 'info'}
          showIcon
          title={t('report.people', {
            toDate: format.count(people.toDate),
            planned: format.count(people.planned),
            year: people.plannedBy,
            percent: people.percent ?? 0,
          })}
        />
      )}
      <Form
        name="follow-up-report"
        form={form}
        layout="vertical"
        initialValues={carried.reduce(withChange, stored)}
        onValuesChange={() => {
          setDirty(true)
          schemaForm.onValuesChange()
        }}
        onFinish={() => void submit()}
      >
        <ReportFields targets={targets} />
        {schemaForm.formErrors.map((text) => (
          <Alert key={text} type="error" title={text} showIcon style={{ marginBottom: 12 }} />
        ))}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('report.save')}
        </Button>
      </Form>
    </section>
  )
}
