import { isLoopbackHostname } from '../../../shared/live/loopback-hosts'

type PageLocation = Pick<Location, 'hostname' | 'pathname'>

/** The pages a group's device opens: the join page and the county's plan. */
const DEVICE_PAGE = /^\/(join|plan\/)/

/**
 * Whether the browser's offline/online events concern this page's connection to the hub. They follow the
 * computer's network: a device on the venue Wi-Fi loses the hub with it, but the facilitator's windows
 * (setup, console, projector), loaded from the hub's own laptop, keep it when the Wi-Fi drops, and the
 * projector must go on showing the timer and the agenda meanwhile. A device page opened on the laptop
 * stands for a phone (a demo, a test) and behaves like one.
 */
export function networkBetweenPageAndHub(location: PageLocation = window.location): boolean {
  return !isLoopbackHostname(location.hostname) || DEVICE_PAGE.test(location.pathname)
}

/** Whether, as far as the browser can tell, this page can reach the hub. */
export function browserReachesHub(
  location: PageLocation = window.location,
  onLine: boolean = navigator.onLine,
): boolean {
  return onLine || !networkBetweenPageAndHub(location)
}
