/**
 * Puts the caret in a field of a form that has just opened in a dialog. `autoFocus` alone is not
 * enough: the dialog focuses itself when it opens (for its focus trap), after its children mount, and
 * without an opening animation (reduced motion) that comes last and wins. Call it from the dialog's
 * afterOpenChange.
 */
export function focusField(id: string): void {
  document.getElementById(id)?.focus()
}
