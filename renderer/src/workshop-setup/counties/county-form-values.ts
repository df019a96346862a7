import type { County, CountyInput } from '../../../../shared/county/county-schema'

/** A blank county: unknown figures are null ("not given"), never 0, which would be a claim. */
export const NEW_COUNTY: CountyInput = {
  name: '',
  nameEn: '',
  province: '',
  provinceEn: '',
  prefecture: '',
  prefectureEn: '',
  population: null,
  poorVillages: null,
  registeredPoorHouseholds: null,
  registeredPoorPeople: null,
  baselineYear: null,
  remainingPoorPeople: null,
  remainingPoorYear: null,
  povertyIncidence: null,
  signatureProducts: [],
  notes: '',
  notesEn: '',
  sources: [],
}

export function countyToFormValues(county: County): CountyInput {
  const { id: _id, workshopId: _workshopId, position: _position, updatedAt: _updatedAt, ...details } = county
  return details
}
