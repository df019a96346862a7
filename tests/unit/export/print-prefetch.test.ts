import { describe, expect, it } from 'vitest'
import { printDataPaths } from '../../../renderer/src/print/print-prefetch'

describe('print data prefetch', () => {
  it('asks for what a county print view reads', () => {
    expect(printDataPaths('/print/workshops/w-000001/counties/c%2F000001')).toEqual([
      '/api/workshops/w-000001',
      '/api/workshops/w-000001/counties/c%2F000001',
      '/api/workshops/w-000001/counties/c%2F000001/participants',
      '/api/workshops/w-000001/poverty-lines',
      '/api/workshops/w-000001/counties/c%2F000001/plan',
    ])
  })

  it('asks for what the summary reads, and for nothing on any other address', () => {
    expect(printDataPaths('/print/workshops/w-000001/summary')).toEqual([
      '/api/workshops/w-000001',
      '/api/workshops/w-000001/counties',
      '/api/workshops/w-000001/poverty-lines',
      '/api/workshops/w-000001/plans',
    ])
    expect(printDataPaths('/print/workshops/w-000001')).toEqual([])
    expect(printDataPaths('/workshops/w-000001/counties')).toEqual([])
  })
})
