/** The address of a county's plan page; group devices land here after joining. */
export const planPath = (ref: { workshopId: string; countyId: string }) =>
  `/plan/${encodeURIComponent(ref.workshopId)}/${encodeURIComponent(ref.countyId)}`
