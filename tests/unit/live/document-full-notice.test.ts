import { describe, expect, it } from 'vitest'
import { DOCUMENT_FULL_NOTICE } from '../../../electron/hub/live/document-size-limit'
import { parseRefusedWrite } from '../../../shared/live/refused-write'

describe('a change refused because the plan is full', () => {
  it('reaches the device as a refusal it shows, with its reason', () => {
    expect(parseRefusedWrite(DOCUMENT_FULL_NOTICE)).toEqual({
      type: 'refused',
      exercises: [],
      reason: 'too-large',
      texts: [],
    })
  })
})
