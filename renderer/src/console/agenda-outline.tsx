import { Button, Typography } from 'antd'
import { Link } from 'react-router'
import type { Agenda, AgendaItem } from '../../../shared/agenda/agenda-schema'
import { useLanguage } from '../i18n/use-language'
import { exerciseTitle } from '../session/exercise-title'
import { templateTitleIn } from '../../../shared/program/template-titles'
import { useMessages } from '../i18n/use-messages'
import { consoleMessages } from './console-messages'

interface AgendaOutlineProps {
  workshopId: string
  agenda: Agenda
  currentItemId: string | null
  onGo: (item: AgendaItem) => void
}

/** The run sheet: days → sessions → items with planned minutes; the current item marked; any item one click away. */
export function AgendaOutline({ workshopId, agenda, currentItemId, onGo }: AgendaOutlineProps) {
  const t = useMessages(consoleMessages)
  const language = useLanguage()
  return (
    <nav className="console-card console-agenda" aria-labelledby="console-agenda-heading">
      <h2 id="console-agenda-heading" className="console-card-heading">
        {t('agenda.heading')}
      </h2>
      {agenda.days.length === 0 ? (
        <Typography.Paragraph>
          {t('agenda.empty')}{' '}
          <Link to={`/workshops/${encodeURIComponent(workshopId)}/agenda`}>{t('agenda.editAgenda')}</Link>
        </Typography.Paragraph>
      ) : (
        agenda.days.map((day, dayIndex) => (
          <section key={day.id} className="console-agenda-day" aria-labelledby={`agenda-day-${day.id}`}>
            <h3 id={`agenda-day-${day.id}`} className="console-agenda-day-title">
              {day.title
                ? t('agenda.dayTitled', { n: dayIndex + 1, title: templateTitleIn(day.title, language) })
                : t('agenda.day', { n: dayIndex + 1 })}
            </h3>
            {day.sessions.map((session) => (
              <div key={session.id} className="console-agenda-session">
                <h4 className="console-agenda-session-title">
                  {session.startTime} {templateTitleIn(session.title, language)}
                </h4>
                <ol className="console-agenda-items">
                  {session.items.map((item) => {
                    const current = item.id === currentItemId
                    const title = exerciseTitle(item.kind, item.title, language)
                    return (
                      <li key={item.id}>
                        <Button
                          type={current ? 'primary' : 'text'}
                          className="console-agenda-item"
                          aria-current={current ? 'step' : undefined}
                          onClick={() => onGo(item)}
                          data-item-id={item.id}
                        >
                          <span className="console-agenda-item-title">{title}</span>
                          <span className="console-agenda-item-minutes">
                            {current && <span className="sr-only">{t('agenda.current')} · </span>}
                            {t('agenda.minutes', { minutes: item.plannedMinutes })}
                          </span>
                        </Button>
                      </li>
                    )
                  })}
                </ol>
              </div>
            ))}
          </section>
        ))
      )}
      {agenda.days.length > 0 && (
        <Link to={`/workshops/${encodeURIComponent(workshopId)}/agenda`} className="console-agenda-edit">
          {t('agenda.editAgenda')}
        </Link>
      )}
    </nav>
  )
}
