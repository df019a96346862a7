/**
 * Copies text to the clipboard. Group devices open the hub over the venue's plain-http LAN, where the
 * clipboard API is missing: there the text is selected in its box and copied the older way.
 */
export async function copyText(text: string, box: HTMLTextAreaElement | null): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text)
      return true
    } catch {
      // Refused (no permission, page not focused): try the selection below.
    }
  }
  if (!box) return false
  box.focus()
  box.select()
  // Deprecated, but the only way to copy without the clipboard API.
  return document.execCommand('copy')
}
