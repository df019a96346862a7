/** Lueyang's county figures as a facilitator types them in at setup (the 2018 class's published numbers). */
export const LUEYANG_COUNTY_INPUT = {
  name: '略阳县',
  nameEn: 'Lueyang County',
  registeredPoorHouseholds: 13255,
  registeredPoorPeople: 42996,
  remainingPoorPeople: 32000,
  remainingPoorYear: 2018,
}
