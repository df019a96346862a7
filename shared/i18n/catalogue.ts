import { LOCALES, type Locale } from '../locale/locale'

/**
 * The app's one translation system is i18next; a catalogue is one feature's strings in both languages,
 * registered by the feature itself as its own i18next namespace (nothing central imports features).
 * Placeholders are i18next's `{{name}}` everywhere: screens, print, validation, the Electron shell, the CLI.
 */
export interface MessageTree {
  readonly [key: string]: string | readonly string[] | MessageTree
}

/** The same keys as T, every leaf a string or a list of strings: the English mirror of the Chinese. */
export type SameShape<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends readonly string[]
      ? readonly string[]
      : SameShape<T[K]>
}

export interface Catalogue<T extends MessageTree = MessageTree> {
  /** The i18next namespace; unique across the app (a test checks). */
  readonly namespace: string
  readonly messages: Readonly<Record<Locale, SameShape<T>>>
}

/** The tree of a catalogue: what `Translate<…>` of a helper that is handed a feature's `t` is typed by. */
export type TreeOf<C> = C extends Catalogue<infer T> ? T : never

/** Chinese first, as the app speaks it; the type makes English carry exactly the same keys. */
export function defineCatalogue<T extends MessageTree>(
  namespace: string,
  zhCN: T,
  en: SameShape<T>,
): Catalogue<T> {
  return { namespace, messages: { 'zh-CN': zhCN as SameShape<T>, en } }
}

/** Dotted paths to the leaves of a tree: the keys `t` accepts for a catalogue. */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string | readonly string[] ? K : `${K}.${MessageKey<T[K]>}`
}[keyof T & string]

/** Every leaf of a catalogue's tree as [dotted key, text]; list items are keyed by their index. */
export function messageLeaves(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'string') return [[`${prefix}${key}`, value]]
    if (Array.isArray(value))
      return (value as readonly string[]).map((text, index): [string, string] => [
        `${prefix}${key}.${index}`,
        text,
      ])
    return messageLeaves(value as MessageTree, `${prefix}${key}.`)
  })
}

export function isCatalogue(value: unknown): value is Catalogue {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<Catalogue>
  return (
    typeof candidate.namespace === 'string' &&
    typeof candidate.messages === 'object' &&
    LOCALES.every((locale) => typeof candidate.messages?.[locale] === 'object')
  )
}
