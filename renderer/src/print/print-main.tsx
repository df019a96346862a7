import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { PRINT_ROUTES } from '../../../shared/export/print-paths'
import { CountyPrintPage } from './county-print-page'
import { FreshPerVisit } from './fresh-per-visit'
import { initI18n } from '../i18n/i18n'
import { PrintNotFound } from './print-not-found'
import { exposePrintViewSwitch } from './print-view-switch'
import { CommentsPrintPage } from './comments/comments-print-page'
import { SummaryPrintPage } from './summary-print-page'
import { ReviewPrintPage } from './follow-up/review-print-page'
import { ReviewSummaryPrintPage } from './follow-up/review-summary-print-page'

/**
 * Entry of print.html, which the hub serves for every /print/… address: the print views without the
 * app's screens, shell and style sheets. Its libraries come in the app's start file (one file for both, a
 * phone's join needed it so; see scripts/build/renderer-chunks.ts), which the export engine keeps cached
 * between prints; none of the app's screens or editors are loaded. The same views are also routes of the
 * app itself, for a preview reached from inside it.
 */
// Its language comes from each print address, not from the UI: see print-context.
initI18n()

const router = createBrowserRouter([
  {
    path: PRINT_ROUTES.county,
    element: (
      <FreshPerVisit>
        <CountyPrintPage />
      </FreshPerVisit>
    ),
  },
  {
    path: PRINT_ROUTES.summary,
    element: (
      <FreshPerVisit>
        <SummaryPrintPage />
      </FreshPerVisit>
    ),
  },
  {
    path: PRINT_ROUTES.comments,
    element: (
      <FreshPerVisit>
        <CommentsPrintPage />
      </FreshPerVisit>
    ),
  },
  {
    path: PRINT_ROUTES.review,
    element: (
      <FreshPerVisit>
        <ReviewPrintPage />
      </FreshPerVisit>
    ),
  },
  {
    path: PRINT_ROUTES.reviewSummary,
    element: (
      <FreshPerVisit>
        <ReviewSummaryPrintPage />
      </FreshPerVisit>
    ),
  },
  { path: '*', element: <PrintNotFound /> },
])
const queryClient = new QueryClient()
exposePrintViewSwitch(router, queryClient)

const root = document.getElementById('root')
if (!root) throw new Error('print.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
