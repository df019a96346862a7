import { describe, expect, it } from 'vitest'
import { moveAmongVisible } from '../../../renderer/src/workshop-setup/resources/resource-order'

describe('moving a resource in the catalogue', () => {
  const order = ['online-shop', 'village-stations', 'brand-design', 'microcredit', 'fund-grant']

  it('trades places with its neighbour when every resource is shown', () => {
    expect(moveAmongVisible(order, order, 'brand-design', -1)).toEqual([
      'online-shop',
      'brand-design',
      'village-stations',
      'microcredit',
      'fund-grant',
    ])
    expect(moveAmongVisible(order, order, 'brand-design', 1)).toEqual([
      'online-shop',
      'village-stations',
      'microcredit',
      'brand-design',
      'fund-grant',
    ])
  })

  it('under a kind filter, trades places with the visible neighbour and leaves hidden rows where they are', () => {
    const finance = ['microcredit', 'fund-grant']
    expect(moveAmongVisible(order, finance, 'fund-grant', -1)).toEqual([
      'online-shop',
      'village-stations',
      'brand-design',
      'fund-grant',
      'microcredit',
    ])
    const sparse = ['online-shop', 'fund-grant']
    expect(moveAmongVisible(order, sparse, 'online-shop', 1)).toEqual([
      'fund-grant',
      'village-stations',
      'brand-design',
      'microcredit',
      'online-shop',
    ])
  })

  it('has nowhere to go past either end, or for a row not on screen', () => {
    expect(moveAmongVisible(order, order, 'online-shop', -1)).toBeNull()
    expect(moveAmongVisible(order, order, 'fund-grant', 1)).toBeNull()
    expect(moveAmongVisible(order, ['microcredit', 'fund-grant'], 'online-shop', 1)).toBeNull()
  })
})
