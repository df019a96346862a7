import { describe, expect, it } from 'vitest'
import { countyParticipants, suggestParticipants } from '../../../../shared/exercises/sign-off/participants'

describe('participants of a county plan', () => {
  it('suggests the group’s members first, then each joined name once, in the order people joined', () => {
    const members = [{ name: '李娜', post: '县商务局局长' }]
    expect(
      suggestParticipants(members, ['王伟', '李娜', ' 王 伟 ', 'Zhang Qiang', 'zhang qiang', '  ']),
    ).toEqual([
      { name: '李娜', post: '县商务局局长' },
      { name: '王伟', post: '' },
      { name: 'Zhang Qiang', post: '' },
    ])
  })

  it('prints the facilitator’s correction, even an empty list, instead of the suggestion', () => {
    expect(countyParticipants([], ['王伟'], [])).toEqual({
      participants: [],
      suggested: [{ name: '王伟', post: '' }],
      corrected: true,
    })
    expect(countyParticipants([], ['王伟'], null).participants).toEqual([{ name: '王伟', post: '' }])
  })
})
