import type { StoreState } from '../../../shared/backups/backup-schema'

/** One line in the hub's log when the database's state changes; the console shows it in words too. */
export function reportStoreState(state: StoreState, pendingEdits: number): void {
  switch (state) {
    case 'ok':
      console.log('[hub] Edits are being saved again.')
      return
    case 'diskFull':
      console.error(
        `[hub] The disk is full: ${pendingEdits} edit(s) are waiting. They stay on the devices and are saved as soon as there is space again.`,
      )
      return
    case 'damaged':
      console.error(
        '[hub] The database file is damaged: nothing more is written to it. Open Backups on the home page to restore a backup.',
      )
      return
    case 'restoring':
      console.log('[hub] Restoring a backup; devices reconnect when it is done.')
      return
    case 'recovery':
      return
  }
}
