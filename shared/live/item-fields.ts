import * as Y from 'yjs'
import type { Localized } from '../locale/locale'
import { isIsoDate } from '../validation/iso-date'

/**
 * Tolerant readers for the values of a plan's Y.Maps. Any client can write anything into a shared
 * document, so a reader turns a value of the wrong type into the field's "blank" (null or '') rather
 * than throwing: one buggy device must not stop every other device from reading the plan.
 */

export type ItemMap = Y.Map<unknown>

export const readText = (map: ItemMap, key: string): string => {
  const value = map.get(key)
  return typeof value === 'string' ? value : ''
}

export const readNumber = (map: ItemMap, key: string): number | null => {
  const value = map.get(key)
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** A count or an amount: a finite number ≥ 0. */
export const readNonNegative = (map: ItemMap, key: string): number | null => {
  const value = readNumber(map, key)
  return value !== null && value >= 0 ? value : null
}

/** Same range as the setup forms' years (common-fields.ts). */
export const isPlanYear = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1949 && value <= 2100

export const readYear = (map: ItemMap, key: string): number | null => {
  const value = map.get(key)
  return isPlanYear(value) ? value : null
}

export function readEnum<T extends string>(map: ItemMap, key: string, values: readonly T[]): T | null {
  const value = map.get(key)
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null
}

export const readIsoDate = (map: ItemMap, key: string): string | null => {
  const value = map.get(key)
  return isIsoDate(value) ? value : null
}

export const readId = (map: ItemMap, key: string): string | null => {
  const value = map.get(key)
  return typeof value === 'string' && value !== '' ? value : null
}

export function readLocalized(map: ItemMap, key: string): Localized | null {
  const value = map.get(key)
  if (typeof value !== 'object' || value === null) return null
  const record = value as Record<string, unknown>
  const zh = typeof record['zh-CN'] === 'string' ? record['zh-CN'] : ''
  const en = typeof record.en === 'string' ? record.en : ''
  return zh === '' && en === '' ? null : { 'zh-CN': zh, en }
}

/** A nested Y.Map stored under `key`, or null when absent or damaged. */
export function readNestedMap<T = unknown>(map: ItemMap, key: string): Y.Map<T> | null {
  const value = map.get(key)
  return value instanceof Y.Map ? (value as Y.Map<T>) : null
}

/** Writes the keys present in `patch` (undefined means "leave as is"), in the caller's transaction. */
export function setFields(map: ItemMap, patch: object): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) map.set(key, value)
  }
}
