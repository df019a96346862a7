import { formatJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from '../../../shared/join/join-code'

/**
 * What the code box shows while someone types: upper case, the dash put in for them ("abc234" →
 * "ABC-234"), never more than a code's length. Wrong characters stay visible so the message can explain them.
 */
export function formatTypedCode(typed: string): string {
  const code = normalizeJoinCode(typed).slice(0, JOIN_CODE_LENGTH)
  return code.length > 3 ? formatJoinCode(code) : code
}

/** The code in a join link (`/join#ABC234`), formatted for the box; empty when the link has none. */
export function codeFromHash(hash: string): string {
  return formatTypedCode(decodeURIComponent(hash.replace(/^#/, '')))
}
