/**
 * Scripts evaluated in a print view (as strings, so they run in the page as written) that measure how
 * its text was laid out: where a line broke, how wide a glyph came out, which rules a row carries.
 */

/**
 * Texts of the print tables and key-figure boxes that the layout split across lines where no reader
 * would split them. A token is a run of text that must stay on one line:
 * - in a column heading, every space-separated word or term (Unit, Baseline, 单位, 约束性, 金额（万元）);
 * - in a body cell, every Latin word or figure (Binding, 19,200; a break after a hyphen is fine), and
 *   the whole cell when it is a short Chinese term of at most four characters (人, 万元, 约束性);
 * - in a key-figure box, the whole figure with its unit (19,200 people), even at the box's narrowest.
 * Links may break anywhere, so .print-url cells are left out.
 */
export const BROKEN_TOKENS_SCRIPT = `(() => {
  const lineCount = (range) => {
    const tops = [...range.getClientRects()].filter((rect) => rect.width > 0.5).map((rect) => rect.top).sort((a, b) => a - b)
    let lines = tops.length > 0 ? 1 : 0
    for (let i = 1; i < tops.length; i++) if (tops[i] - tops[i - 1] > 3) lines++
    return lines
  }
  const textNodes = (element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    const nodes = []
    while (walker.nextNode()) nodes.push(walker.currentNode)
    return nodes
  }
  const where = (element) => {
    const figure = element.closest('.print-key-figure')
    if (figure) return figure.querySelector('dt').textContent.trim()
    const table = element.closest('table')
    let heading = table ? table.previousElementSibling : element.closest('section')
    while (heading && !/^H[1-4]$/.test(heading.tagName)) heading = heading.previousElementSibling
    return heading ? heading.textContent.trim() : ''
  }
  const broken = []
  const check = (element, pattern) => {
    for (const node of textNodes(element)) {
      for (const match of node.data.matchAll(pattern)) {
        const range = document.createRange()
        range.setStart(node, match.index)
        range.setEnd(node, match.index + match[0].length)
        if (lineCount(range) > 1) broken.push(where(element) + ' › ' + match[0])
      }
    }
  }
  const whole = (element) => {
    const range = document.createRange()
    range.selectNodeContents(element)
    if (lineCount(range) > 1) broken.push(where(element) + ' › ' + element.textContent.trim())
  }
  for (const cell of document.querySelectorAll('.print-table thead th')) check(cell, /\\S+/g)
  for (const cell of document.querySelectorAll('.print-table tbody td, .print-table tbody th')) {
    if (cell.closest('.print-url') || cell.classList.contains('print-url')) continue
    check(cell, /[A-Za-z0-9][A-Za-z0-9,.%'’]*/g)
    const text = cell.textContent.trim()
    if (text.length > 0 && text.length <= 4 && /[\\u4e00-\\u9fff]/.test(text)) whole(cell)
  }
  for (const value of document.querySelectorAll('.print-key-figure-value')) {
    // At its min-content width a text breaks wherever it may: a box a few points narrower than on
    // screen (print metrics differ) must not split the figure from its unit either.
    value.style.width = 'min-content'
    whole(value)
    value.style.width = ''
  }
  return broken
})()`

/**
 * The advance of every right single quote (’) in Latin text of the print view, in ems of its font
 * size. A Latin apostrophe is about a quarter em; the CJK font's full-width form is a half em or more.
 */
export const APOSTROPHE_WIDTHS_SCRIPT = `(() => {
  const walker = document.createTreeWalker(document.querySelector('.print-document'), NodeFilter.SHOW_TEXT)
  const widths = []
  while (walker.nextNode()) {
    const node = walker.currentNode
    for (const match of node.data.matchAll(/[A-Za-z]’[A-Za-z]/g)) {
      const range = document.createRange()
      range.setStart(node, match.index + 1)
      range.setEnd(node, match.index + 2)
      const size = parseFloat(getComputedStyle(node.parentElement).fontSize)
      widths.push({ text: match[0], em: Math.round((range.getBoundingClientRect().width / size) * 100) / 100 })
    }
  }
  return widths
})()`

/**
 * For every print table of more than one body row: whether its last row keeps to the row before it
 * and its first row to the row after it, so no page holds a single row carried over (or left behind).
 */
export const ROW_ORPHAN_RULES_SCRIPT = `(() => [...document.querySelectorAll('.print-table tbody')]
  .filter((body) => body.rows.length > 1)
  .map((body) => ({
    table: (body.closest('table').previousElementSibling || {}).textContent || '',
    lastKeepsWithPrevious: getComputedStyle(body.rows[body.rows.length - 1]).breakBefore === 'avoid',
    firstKeepsWithNext: getComputedStyle(body.rows[0]).breakAfter === 'avoid',
  })))()`
