import { isHubUrl } from './hub-url-guard'

/**
 * IPC answers only frames showing the hub. The URL is the sender frame's own (a subframe from elsewhere
 * must not borrow the window's powers); a frame that is already gone has no URL and is refused.
 */
export function isTrustedSender(senderFrameUrl: string | null | undefined, hubOrigin: string): boolean {
  return isHubUrl(senderFrameUrl, hubOrigin)
}
