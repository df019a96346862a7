/** The tabs of the setup page, in order; each is also the last segment of its address. */
export const SETUP_TABS = [
  { path: 'details', labelKey: 'tabs.details' },
  { path: 'counties', labelKey: 'tabs.counties' },
  { path: 'groups', labelKey: 'tabs.groups' },
  { path: 'agenda', labelKey: 'tabs.agenda' },
  { path: 'poverty-lines', labelKey: 'tabs.povertyLines' },
  { path: 'resources', labelKey: 'tabs.resources' },
  { path: 'join', labelKey: 'tabs.join' },
  { path: 'export', labelKey: 'tabs.export' },
  { path: 'follow-up', labelKey: 'tabs.followUp' },
] as const

export type SetupTabPath = (typeof SETUP_TABS)[number]['path']
