import { createBrowserRouter, Navigate } from 'react-router'
import { AppLayout } from './app-layout'
import {
  AgendaTab,
  BackupsPage,
  ConsolePage,
  CountiesTab,
  DetailsTab,
  ExportTab,
  FollowUpTab,
  GroupsTab,
  HomePage,
  JoinPage,
  JoinTab,
  PlanPage,
  CountyReviewPage,
  PovertyLinesTab,
  RecoveryPage,
  ResourcesTab,
  SetupPage,
} from './lazy-pages'
import { NotFoundPage } from './not-found-page'

/** Every screen has its own address, so a reload or a bookmark returns to the same tab. */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'workshops/:workshopId',
        element: <SetupPage />,
        children: [
          // Details were filled in when the workshop was created; counties are what comes next.
          { index: true, element: <Navigate to="counties" replace /> },
          { path: 'details', element: <DetailsTab /> },
          { path: 'counties', element: <CountiesTab /> },
          { path: 'groups', element: <GroupsTab /> },
          { path: 'agenda', element: <AgendaTab /> },
          { path: 'poverty-lines', element: <PovertyLinesTab /> },
          { path: 'resources', element: <ResourcesTab /> },
          { path: 'join', element: <JoinTab /> },
          { path: 'export', element: <ExportTab /> },
          { path: 'follow-up', element: <FollowUpTab /> },
        ],
      },
      // Run mode: the facilitator's console for the class itself.
      { path: 'console/:workshopId', element: <ConsolePage /> },
      // The data itself: its backups, and the screen of a hub that found its database unusable.
      { path: 'backups', element: <BackupsPage /> },
      { path: 'recovery', element: <RecoveryPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    // Group devices: the join page and their county's plan (the facilitator opens plans here too).
    element: <AppLayout titleLinksHome={false} />,
    children: [
      { path: '/join', element: <JoinPage /> },
      { path: '/plan/:workshopId/:countyId', element: <PlanPage /> },
      { path: '/plan/:workshopId/:countyId/review', element: <CountyReviewPage /> },
    ],
  },
  {
    // What the room sees: no header, no controls; authorised by the projector credential in the fragment.
    path: '/projector/:workshopId',
    lazy: async () => ({ Component: (await import('../projector/projector-page')).ProjectorPage }),
  },
  {
    // Print views: the document alone, without the app's header; loaded (with print.css) only when printing.
    path: '/print/workshops/:workshopId',
    children: [
      {
        path: 'counties/:countyId',
        lazy: async () => ({ Component: (await import('../print/county-print-page')).CountyPrintPage }),
      },
      {
        path: 'counties/:countyId/comments',
        lazy: async () => ({
          Component: (await import('../print/comments/comments-print-page')).CommentsPrintPage,
        }),
      },
      {
        path: 'summary',
        lazy: async () => ({ Component: (await import('../print/summary-print-page')).SummaryPrintPage }),
      },
      {
        path: 'follow-up/rounds/:roundId/counties/:countyId',
        lazy: async () => ({
          Component: (await import('../print/follow-up/review-print-page')).ReviewPrintPage,
        }),
      },
      {
        path: 'follow-up/rounds/:roundId/summary',
        lazy: async () => ({
          Component: (await import('../print/follow-up/review-summary-print-page')).ReviewSummaryPrintPage,
        }),
      },
    ],
  },
])
