import { describe, expect, it } from 'vitest'
import { PrintViewError } from '../../../electron/export/pdf-engine'
import { PRINT_STATE_SCRIPT, waitForPrintView } from '../../../electron/export/print-readiness'

/** A page whose state changes after some polls. */
const pageAfter = (polls: number, final: unknown) => {
  let count = 0
  return async (script: string) =>
    script === PRINT_STATE_SCRIPT ? (++count > polls ? final : null) : 'loading'
}

describe('waiting for a print view', () => {
  it('returns once the view says it is ready', async () => {
    await expect(waitForPrintView(pageAfter(2, { ready: true }), 5000)).resolves.toBeUndefined()
  })

  it('fails at once with the view’s own sentence when it cannot be printed', async () => {
    await expect(waitForPrintView(pageAfter(1, { error: '找不到此县' }), 5000)).rejects.toThrow(
      new PrintViewError('找不到此县'),
    )
  })

  it('gives up after the timeout, saying what the page showed', async () => {
    await expect(waitForPrintView(pageAfter(Infinity, null), 60)).rejects.toThrow(
      /not ready after 0.06 s \(loading\)/,
    )
  })
})
