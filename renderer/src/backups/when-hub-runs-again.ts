import { hubApi } from '../api/hub-api'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Resolves once the hub answers as a full hub again (after a recovery it restarts on the same address);
 * gives up after `timeoutMs`, and the page reloads anyway and says what it finds.
 */
export async function whenHubRunsAgain(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await hubApi.call('health')).status === 'ok') return
    } catch {
      // Not listening yet.
    }
    await sleep(500)
  }
}
