import type { Hocuspocus } from '@hocuspocus/server'
import { sessionDocName } from '../../../shared/live/doc-names'
import { readReviewRound, type ReviewRound } from '../../../shared/review/review-round'
import type { Store } from '../store/store'
import { readLiveDoc } from './stored-doc'

/** The review round running in a workshop now, from its session document as the hub has it. */
export const currentReviewRound = (
  hocuspocus: Hocuspocus,
  store: Store,
  workshopId: string,
): ReviewRound | null => readLiveDoc(hocuspocus, store, sessionDocName(workshopId), readReviewRound)
