import type * as ProseEditorCode from './prose-editor'

/**
 * TipTap and ProseMirror are the biggest script a plan needs (about a quarter of a phone's first visit),
 * so they are fetched only once someone means to write (focus, pointer, key in a prose field) or once
 * the device is idle after the plan is on screen; until then a preview of the text stands in (ProseTextBox).
 */
type ProseEditorModule = typeof ProseEditorCode

let loading: Promise<ProseEditorModule> | null = null
let loaded: ProseEditorModule | null = null

/** The editor's code if it has arrived: a field opened after that starts with the editor itself. */
export const loadedProseEditor = (): ProseEditorModule | null => loaded

/** Fetches the editor's code once; a failed download (Wi-Fi dropped) is forgotten, so the next call tries again. */
export function loadProseEditor(): Promise<ProseEditorModule> {
  loading ??= import('./prose-editor').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}
