import { lazyComponent } from './lazy-component'

/*
 * Every screen behind a route, each in its own chunk: group devices load the join page and their plan,
 * the facilitator the setup, console and export screens. router.tsx imports them from here.
 */
export const HomePage = lazyComponent(() => import('../home/home-page').then((m) => m.HomePage))
export const JoinPage = lazyComponent(() => import('../join/join-page').then((m) => m.JoinPage))
export const PlanPage = lazyComponent(() => import('../plan/plan-page').then((m) => m.PlanPage))
export const CountyReviewPage = lazyComponent(() =>
  import('../follow-up/county-review-page').then((m) => m.CountyReviewPage),
)
export const ConsolePage = lazyComponent(() => import('../console/console-page').then((m) => m.ConsolePage))
export const SetupPage = lazyComponent(() => import('../workshop-setup/setup-page').then((m) => m.SetupPage))
export const DetailsTab = lazyComponent(() =>
  import('../workshop-setup/details/details-tab').then((m) => m.DetailsTab),
)
export const CountiesTab = lazyComponent(() =>
  import('../workshop-setup/counties/counties-tab').then((m) => m.CountiesTab),
)
export const GroupsTab = lazyComponent(() =>
  import('../workshop-setup/groups/groups-tab').then((m) => m.GroupsTab),
)
export const AgendaTab = lazyComponent(() =>
  import('../workshop-setup/agenda/agenda-tab').then((m) => m.AgendaTab),
)
export const PovertyLinesTab = lazyComponent(() =>
  import('../workshop-setup/poverty-lines/poverty-lines-tab').then((m) => m.PovertyLinesTab),
)
export const ResourcesTab = lazyComponent(() =>
  import('../workshop-setup/resources/resources-tab').then((m) => m.ResourcesTab),
)
export const JoinTab = lazyComponent(() => import('../workshop-setup/join/join-tab').then((m) => m.JoinTab))
export const FollowUpTab = lazyComponent(() =>
  import('../follow-up/follow-up-tab').then((m) => m.FollowUpTab),
)
export const ExportTab = lazyComponent(() => import('../print/export/export-tab').then((m) => m.ExportTab))
export const BackupsPage = lazyComponent(() => import('../backups/backups-page').then((m) => m.BackupsPage))
export const RecoveryPage = lazyComponent(() =>
  import('../backups/recovery-page').then((m) => m.RecoveryPage),
)
