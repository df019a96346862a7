import type Database from 'better-sqlite3'
import { agendaSchema, type Agenda } from '../../../../shared/agenda/agenda-schema'

interface AgendaRow {
  day_id: string
  day_title: string
  session_id: string | null
  session_title: string | null
  start_time: string | null
  item_id: string | null
  kind: string | null
  item_title: string | null
  planned_minutes: number | null
}

export class AgendaRepository {
  private readonly readStatement
  private readonly clearStatement
  private readonly insertDay
  private readonly insertSession
  private readonly insertItem

  constructor(private readonly db: Database.Database) {
    this.readStatement = db.prepare(`
      SELECT d.id AS day_id, d.title AS day_title,
        s.id AS session_id, s.title AS session_title, s.start_time,
        i.id AS item_id, i.kind, i.title AS item_title, i.planned_minutes
      FROM agenda_days d
      LEFT JOIN agenda_sessions s ON s.day_id = d.id
      LEFT JOIN agenda_items i ON i.session_id = s.id
      WHERE d.workshop_id = ?
      ORDER BY d.position, s.position, i.position`)
    this.clearStatement = db.prepare('DELETE FROM agenda_days WHERE workshop_id = ?')
    this.insertDay = db.prepare(
      'INSERT INTO agenda_days (id, workshop_id, position, title) VALUES (?, ?, ?, ?)',
    )
    this.insertSession = db.prepare(
      'INSERT INTO agenda_sessions (id, day_id, position, title, start_time) VALUES (?, ?, ?, ?, ?)',
    )
    this.insertItem = db.prepare(
      'INSERT INTO agenda_items (id, session_id, position, kind, title, planned_minutes) VALUES (?, ?, ?, ?, ?, ?)',
    )
  }

  get(workshopId: string): Agenda {
    const days: {
      id: string
      title: string
      sessions: { id: string; title: string; startTime: string; items: unknown[] }[]
    }[] = []
    for (const row of this.readStatement.all(workshopId) as AgendaRow[]) {
      let day = days.at(-1)
      if (day?.id !== row.day_id) {
        day = { id: row.day_id, title: row.day_title, sessions: [] }
        days.push(day)
      }
      if (row.session_id === null) continue
      let session = day.sessions.at(-1)
      if (session?.id !== row.session_id) {
        session = {
          id: row.session_id,
          title: row.session_title ?? '',
          startTime: row.start_time ?? '',
          items: [],
        }
        day.sessions.push(session)
      }
      if (row.item_id === null) continue
      session.items.push({
        id: row.item_id,
        kind: row.kind,
        title: row.item_title,
        plannedMinutes: row.planned_minutes,
      })
    }
    return agendaSchema.parse({ days })
  }

  /** Replaces the whole agenda atomically; ids are kept, so live state can keep pointing at items. */
  replace(workshopId: string, agenda: Agenda): void {
    this.db
      .transaction(() => {
        this.clearStatement.run(workshopId)
        agenda.days.forEach((day, dayIndex) => {
          this.insertDay.run(day.id, workshopId, dayIndex, day.title)
          day.sessions.forEach((session, sessionIndex) => {
            this.insertSession.run(session.id, day.id, sessionIndex, session.title, session.startTime)
            session.items.forEach((item, itemIndex) => {
              this.insertItem.run(item.id, session.id, itemIndex, item.kind, item.title, item.plannedMinutes)
            })
          })
        })
      })
      .immediate()
  }
}
