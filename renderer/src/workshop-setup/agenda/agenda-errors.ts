/** Validation messages of the agenda by dotted path (`days.0.sessions.1.items.2.plannedMinutes`). */
export type AgendaErrors = ReadonlyMap<string, string>

/** antd Form.Item props that show the message at `path`, if any, under its input. */
export function errorProps(errors: AgendaErrors, path: string) {
  const message = errors.get(path)
  return message ? { validateStatus: 'error' as const, help: message } : {}
}
