import type { FormInstance } from 'antd'
import { useEffect, useRef, useState } from 'react'
import type { z } from 'zod'
import { localizeFieldErrors, toFieldErrors, type FieldError } from '../../../shared/validation/field-errors'
import { hubFieldErrors } from '../api/hub-error'
import { useLanguage } from '../i18n/use-language'
import { toNamePath, type NamePath } from './name-path'

interface SchemaFormOptions {
  /** Where the schema's paths sit in the form, e.g. ['rows'] when the schema validates a list. */
  prefix?: NamePath
  /** Form values → what the schema parses (e.g. date pickers' dayjs values → ISO strings). */
  toInput?: (values: Record<string, unknown>) => unknown
}

/**
 * Validates an antd form with a shared zod schema — the same one the hub applies — and shows each
 * problem under its field, in the current language. After a first attempt to save, every change is
 * re-checked, so a message goes away as soon as the figures are put right (also when the fix is in
 * another field, as with "registered poor > population").
 */
export function useSchemaForm<S extends z.ZodType>(
  form: FormInstance,
  schema: S,
  options: SchemaFormOptions = {},
) {
  const language = useLanguage()
  const [errors, setErrors] = useState<FieldError[]>([])
  const attempted = useRef(false)
  const shownPaths = useRef(new Set<string>())
  // Kept in refs so that callers may pass fresh literals on every render.
  const latest = useRef({ schema, options, language, errors })
  latest.current = { schema, options, language, errors }

  function show(next: FieldError[]): void {
    const { prefix } = latest.current.options
    const messages = new Map<string, string[]>()
    for (const error of next) messages.set(error.path, [...(messages.get(error.path) ?? []), error.message])
    const stale = [...shownPaths.current].filter((path) => !messages.has(path))
    form.setFields([
      ...stale.map((path) => ({ name: toNamePath(path, prefix), errors: [] })),
      ...[...messages].map(([path, list]) => ({ name: toNamePath(path, prefix), errors: list })),
    ])
    shownPaths.current = new Set(messages.keys())
    setErrors(next)
  }

  /** Parses the current values; shows the problems and returns null, or returns what to send. */
  function check(options: { reveal?: boolean } = { reveal: true }): z.output<S> | null {
    attempted.current = true
    const { toInput } = latest.current.options
    const values = form.getFieldsValue(true) as Record<string, unknown>
    const result = latest.current.schema.safeParse(toInput ? toInput(values) : values)
    if (result.success) {
      show([])
      return result.data as z.output<S>
    }
    const next = toFieldErrors(result.error.issues, latest.current.language)
    show(next)
    if (options.reveal) revealFirst(next)
    return null
  }

  /** Brings the first problem into view and puts the caret there (long forms scroll). */
  function revealFirst(next: FieldError[]): void {
    const first = next.find((error) => error.path !== '')
    if (first)
      form.scrollToField(toNamePath(first.path, latest.current.options.prefix), {
        block: 'center',
        focus: true,
      })
  }

  /** Puts the hub's field messages (400, 409, 422) onto the form; false when it sent none. */
  function showHubError(error: unknown): boolean {
    const fields = hubFieldErrors(error, latest.current.language)
    if (fields.length > 0) {
      show(fields)
      revealFirst(fields)
    }
    return fields.length > 0
  }

  function onValuesChange(): void {
    if (attempted.current) check({ reveal: false })
  }

  function reset(): void {
    attempted.current = false
    show([])
  }

  // Messages already on screen follow a language switch.
  useEffect(() => {
    const current = latest.current.errors
    if (current.length > 0) show(localizeFieldErrors(current, language))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a language switch re-words the messages
  }, [language])

  /** Problems with the form as a whole (no field path), to show above the buttons. */
  const formErrors = errors.filter((error) => error.path === '').map((error) => error.message)

  return { check, showHubError, onValuesChange, reset, formErrors, hasErrors: errors.length > 0 }
}
