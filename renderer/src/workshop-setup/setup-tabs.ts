/** The tabs of the setup page, in order; each is also the last segment of its address. */
export const SETUP_TABS = [
  { path: 'details', labelKey: 'setup.tabs.details' },
  { path: 'counties', labelKey: 'setup.tabs.counties' },
  { path: 'groups', labelKey: 'setup.tabs.groups' },
  { path: 'agenda', labelKey: 'setup.tabs.agenda' },
  { path: 'poverty-lines', labelKey: 'setup.tabs.povertyLines' },
  { path: 'resources', labelKey: 'setup.tabs.resources' },
  { path: 'join', labelKey: 'setup.tabs.join' },
  { path: 'export', labelKey: 'setup.tabs.export' },
] as const

export type SetupTabPath = (typeof SETUP_TABS)[number]['path']
