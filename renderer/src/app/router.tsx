import { createBrowserRouter, Navigate } from 'react-router'
import { HomePage } from '../home/home-page'
import { AgendaTab } from '../workshop-setup/agenda/agenda-tab'
import { CountiesTab } from '../workshop-setup/counties/counties-tab'
import { DetailsTab } from '../workshop-setup/details/details-tab'
import { GroupsTab } from '../workshop-setup/groups/groups-tab'
import { PovertyLinesTab } from '../workshop-setup/poverty-lines/poverty-lines-tab'
import { SetupPage } from '../workshop-setup/setup-page'
import { AppLayout } from './app-layout'
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
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])
