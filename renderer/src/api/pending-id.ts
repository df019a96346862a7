import { newId } from '../../../shared/ids/new-id'

/**
 * Id of a record shown optimistically before the hub has assigned the real one.
 * Such rows are shown but cannot be opened, edited or deleted until the hub answers.
 */
const PREFIX = 'pending-'

export const pendingId = (): string => `${PREFIX}${newId()}`
export const isPending = (id: string): boolean => id.startsWith(PREFIX)
