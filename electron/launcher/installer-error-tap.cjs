/*
 * Preloaded (node --require) into the electron package's own installer by `npm start`. The installer keeps
 * the terminal, so its progress bar shows as with `npx install-electron`; what it reports as an error, and the
 * network cause that "fetch failed" hides, go to file descriptor 3 instead, from which the launcher writes one
 * sentence with the reason in both languages (a stack trace helps nobody at the front of a class).
 */
'use strict'
const { writeSync } = require('node:fs')

/** False when there is no descriptor 3 (the file was loaded by hand), so errors stay on the terminal. */
function tap(line) {
  try {
    writeSync(3, `${line}\n`)
    return true
  } catch {
    return false
  }
}

const originalError = console.error
console.error = (...args) => {
  const line = args.map((arg) => (arg instanceof Error ? arg.stack || arg.message : String(arg))).join(' ')
  if (!tap(line)) originalError(...args)
}

if (typeof globalThis.fetch === 'function') {
  const originalFetch = globalThis.fetch
  globalThis.fetch = async (...args) => {
    try {
      return await originalFetch(...args)
    } catch (error) {
      const cause = error && error.cause
      if (cause) tap(`cause: ${[cause.code, cause.message].filter(Boolean).join(' ')}`)
      throw error
    }
  }
}
