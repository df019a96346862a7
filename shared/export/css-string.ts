/**
 * Text typed by users (county names, plan titles) as a CSS string literal, for the running header's
 * @page margin boxes. Backslashes and quotes are escaped, line breaks become spaces and other control
 * characters are dropped, so no input can end the string or the rule it sits in.
 */
export function cssString(text: string): string {
  const body = text
    .replace(/[\r\n\t\f\v]+/g, ' ')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3c ')
  return `"${body}"`
}

/**
 * A sentence with {{page}} and {{pages}} placeholders as a CSS `content` value with page counters,
 * e.g. "第 {{page}} 页，共 {{pages}} 页" → "第 " counter(page) " 页，共 " counter(pages) " 页".
 */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{\{pages?\}\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ')
}
