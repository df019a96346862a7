import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { NativeChannel, NativeResult } from '../../shared/ipc/native-api'
import { isTrustedSender } from './ipc-sender'

/**
 * One handler per channel of the contract; the mapped type makes a missing or misnamed channel a compile error.
 * Arguments arrive as `unknown[]` on purpose: they come from a web page and each handler checks its own.
 */
export type NativeHandlers = {
  [C in NativeChannel]: (args: readonly unknown[]) => NativeResult<C> | Promise<NativeResult<C>>
}

/** The part of ipcMain used here, so tests can pass a fake without the Electron runtime. */
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>

export class UntrustedSenderError extends Error {
  constructor(channel: string, senderUrl: string | undefined) {
    super(
      `Refused ${channel} from ${senderUrl ?? 'a destroyed frame'}: only the hub's pages may use native calls.`,
    )
    this.name = 'UntrustedSenderError'
  }
}

/**
 * Registers every channel and returns a function that removes them. Each call is answered only when its sender
 * frame shows the hub (see isTrustedSender); otherwise the renderer's promise rejects and the handler never runs.
 */
export function registerNativeHandlers(
  ipc: IpcMainLike,
  hubOrigin: string,
  handlers: NativeHandlers,
): () => void {
  const channels = Object.keys(handlers) as NativeChannel[]
  for (const channel of channels) {
    const handler = handlers[channel] as (args: readonly unknown[]) => unknown
    ipc.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      // senderFrame is null once the frame navigated away or was destroyed: refuse, the caller is gone anyway.
      const senderUrl = event.senderFrame?.url
      if (!isTrustedSender(senderUrl, hubOrigin)) throw new UntrustedSenderError(channel, senderUrl)
      return handler(args)
    })
  }
  return () => {
    for (const channel of channels) ipc.removeHandler(channel)
  }
}
