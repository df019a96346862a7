/**
 * Cache keys of the hub's resources. Each resource has its own root so that invalidating one
 * (say, the workshop list after a county is added) never refetches an agenda that is being edited.
 */
export const queryKeys = {
  workshops: ['workshop-list'] as const,
  workshop: (workshopId: string) => ['workshop', workshopId] as const,
  counties: (workshopId: string) => ['counties', workshopId] as const,
  groups: (workshopId: string) => ['groups', workshopId] as const,
  agenda: (workshopId: string) => ['agenda', workshopId] as const,
  povertyLines: (workshopId: string) => ['poverty-lines', workshopId] as const,
  resources: (workshopId: string) => ['resources', workshopId] as const,
  lan: ['lan'] as const,
  joinInfo: (workshopId: string) => ['join-info', workshopId] as const,
  presence: (workshopId: string) => ['presence', workshopId] as const,
  planEdits: (workshopId: string) => ['plan-edits', workshopId] as const,
  ballot: (workshopId: string, countyId: string) => ['ballot', workshopId, countyId] as const,
  dotVoteProgress: (workshopId: string) => ['dot-vote-progress', workshopId] as const,
  facilitatorToken: ['facilitator-token'] as const,
  joinScope: (token: string) => ['join-scope', token] as const,
  storeStatus: ['store-status'] as const,
  backups: ['backups'] as const,
  planVersions: (workshopId: string, countyId: string) => ['plan-versions', workshopId, countyId] as const,
  planVersion: (workshopId: string, countyId: string, versionId: number) =>
    ['plan-version', workshopId, countyId, versionId] as const,
}
