import { PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Flex, Form, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { agendaSchema } from '../../../../shared/agenda/agenda-schema'
import {
  localizeFieldErrors,
  toFieldErrors,
  type FieldError,
} from '../../../../shared/validation/field-errors'
import { workshopDayCount } from '../../../../shared/workshop/workshop-schema'
import { hubFieldErrors } from '../../api/hub-error'
import { EmptyState } from '../../components/empty-state'
import { NoDataYet } from '../../components/no-data-yet'
import { useFormatters } from '../../components/use-formatters'
import { useUnsavedChangesGuard } from '../../components/use-unsaved-changes-guard'
import { useLanguage } from '../../i18n/use-language'
import { useSetupContext } from '../setup-context'
import { isSameAgenda, moveAt, newDay, removeAt, replaceAt, type AgendaDraft } from './agenda-draft'
import { AgendaDayCard } from './agenda-day-card'
import { useAgenda, useSaveAgenda } from './use-agenda'
import { useMessages } from '../../i18n/use-messages'
import { agendaMessages } from './agenda-messages'
import { commonMessages } from '../../components/common-messages'

/**
 * Days → sessions → items. Edits stay in a local draft until "Save agenda", which checks the draft with
 * the shared schema and sends the whole agenda; a refused save keeps the draft so nothing typed is lost.
 */
export function AgendaTab() {
  const t = useMessages(agendaMessages)
  const tCommon = useMessages(commonMessages)
  const { message } = App.useApp()
  const language = useLanguage()
  const format = useFormatters()
  const { workshop } = useSetupContext()
  const agenda = useAgenda(workshop.id)
  const save = useSaveAgenda(workshop.id)
  const [draft, setDraft] = useState<AgendaDraft | null>(null)
  const [attempted, setAttempted] = useState(false)
  const [hubErrors, setHubErrors] = useState<FieldError[]>([])

  const shown: AgendaDraft | undefined = draft ?? agenda.data
  const dirty = draft !== null && agenda.data !== undefined && !isSameAgenda(draft, agenda.data)
  useUnsavedChangesGuard(dirty)

  // After a first save attempt, problems are re-checked on every edit, so fixed ones disappear at once.
  const errors = useMemo(() => {
    const list: FieldError[] = [...localizeFieldErrors(hubErrors, language)]
    if (attempted && shown) {
      const result = agendaSchema.safeParse(shown)
      if (!result.success) list.push(...toFieldErrors(result.error.issues, language))
    }
    return new Map(list.map((error) => [error.path, error.message]))
  }, [attempted, hubErrors, shown, language])

  if (!shown) return <NoDataYet query={agenda} />

  const edit = (next: AgendaDraft) => {
    setHubErrors([])
    setDraft(next)
  }

  const submit = () => {
    setAttempted(true)
    const result = agendaSchema.safeParse(shown)
    if (!result.success) return
    save.mutate(result.data, {
      onSuccess: () => {
        setDraft(null)
        setAttempted(false)
        void message.success(t('saved'))
      },
      onError: (error) => setHubErrors(hubFieldErrors(error, language)),
    })
  }

  const discard = () => {
    setDraft(null)
    setAttempted(false)
    setHubErrors([])
  }

  const workshopDays = workshopDayCount(workshop)
  const days = shown.days
  const addDayButton = (
    <Button icon={<PlusOutlined aria-hidden />} onClick={() => edit({ days: [...days, newDay()] })}>
      {t('addDay')}
    </Button>
  )

  return (
    <Form layout="vertical" component="div">
      <Flex
        justify="space-between"
        align="center"
        wrap
        gap={12}
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 5,
          background: '#f5f5f5',
          padding: '8px 0',
          marginBottom: 8,
        }}
      >
        <div>
          <Typography.Text type="secondary">{t('intro')}</Typography.Text>
          <br />
          <Typography.Text type="secondary">
            {t('workshopSpan', {
              dates: format.dateRange(workshop.startDate, workshop.endDate),
              days: workshopDays,
            })}
          </Typography.Text>
        </div>
        <Flex gap={8} align="center">
          {dirty && <Typography.Text strong>{tCommon('unsaved')}</Typography.Text>}
          {dirty && <Button onClick={discard}>{tCommon('discard')}</Button>}
          <Button type="primary" onClick={submit} loading={save.isPending} disabled={!dirty}>
            {t('save')}
          </Button>
        </Flex>
      </Flex>

      {errors.size > 0 && (
        <Alert type="error" showIcon role="alert" title={tCommon('fixErrors')} style={{ marginBottom: 12 }} />
      )}
      {errors.get('days') && (
        <Alert type="error" showIcon title={errors.get('days')} style={{ marginBottom: 12 }} />
      )}
      {days.length > workshopDays && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('moreDaysThanWorkshop', { days: days.length, workshopDays })}
        />
      )}

      {days.length === 0 ? (
        <EmptyState
          title={t('empty.title')}
          text={t('empty.text')}
          action={
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => edit({ days: [newDay()] })}
            >
              {t('addDay')}
            </Button>
          }
        />
      ) : (
        <>
          {days.map((day, index) => (
            <AgendaDayCard
              key={day.id}
              day={day}
              index={index}
              count={days.length}
              path={`days.${index}`}
              errors={errors}
              onChange={(next) => edit({ days: replaceAt(days, index, next) })}
              onMove={(delta) => edit({ days: moveAt(days, index, delta) })}
              onRemove={() => edit({ days: removeAt(days, index) })}
            />
          ))}
          {addDayButton}
        </>
      )}
    </Form>
  )
}
