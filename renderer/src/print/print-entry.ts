import { prefetchPrintData } from './print-prefetch'

/**
 * print.html's first script: ask the hub for the plan now, then load the print views. The data and the
 * code arrive in parallel instead of one after the other.
 */
prefetchPrintData(window.location.pathname)
void import('./print-main')
