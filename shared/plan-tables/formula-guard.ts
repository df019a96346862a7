/**
 * Spreadsheet formula injection (CWE-1236): a cell whose text starts with = + - @, a tab or a carriage
 * return is run as a formula by Excel and LibreOffice when a CSV is opened, so a plan's text could
 * reach the office's computer as `=HYPERLINK(…)` or worse. Such text is written behind an apostrophe,
 * which spreadsheets read as "this is text". The XLSX needs no guard: its text cells are typed as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export const looksLikeFormula = (text: string) => FORMULA_START.test(text)

export const guardedText = (text: string) => (looksLikeFormula(text) ? `'${text}` : text)
