import { useOutletContext } from 'react-router'
import type { Workshop } from '../../../shared/workshop/workshop-schema'

/** What the setup page hands to whichever tab is open. */
export interface SetupContext {
  workshop: Workshop
}

export const useSetupContext = () => useOutletContext<SetupContext>()
