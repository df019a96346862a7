import { z } from 'zod'
import { idSchema } from '../../../shared/validation/common-fields'
import { parseWith } from '../http/api-errors'

const workshopParams = z.object({ workshopId: idSchema })
const countyParams = workshopParams.extend({ countyId: idSchema })
const groupParams = workshopParams.extend({ groupId: idSchema })
const resourceParams = workshopParams.extend({ resourceId: idSchema })

export const parseWorkshopParams = (params: unknown) => parseWith(workshopParams, params)
export const parseCountyParams = (params: unknown) => parseWith(countyParams, params)
export const parseGroupParams = (params: unknown) => parseWith(groupParams, params)
export const parseResourceParams = (params: unknown) => parseWith(resourceParams, params)
