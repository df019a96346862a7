import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { DataFolderError } from '../store-errors'
import { storeFailureOf } from '../store-failure'

/**
 * `recursive` creates every missing folder (the app's own default location); `leaf` creates the data
 * folder only where its parent exists, so a folder on a drive that is not connected is reported rather
 * than recreated, empty, somewhere else.
 */
export type CreateDataFolder = 'recursive' | 'leaf'

/** Makes sure the data folder exists and can be written, or throws a DataFolderError saying which and why. */
export function prepareDataFolder(dataDir: string, create: CreateDataFolder = 'recursive'): void {
  if (!existsSync(dataDir)) {
    if (create === 'leaf' && !existsSync(dirname(dataDir))) throw new DataFolderError('missing', dataDir)
    try {
      mkdirSync(dataDir, { recursive: true })
    } catch (error) {
      throw new DataFolderError(storeFailureOf(error) === 'readOnly' ? 'readOnly' : 'missing', dataDir)
    }
  }
  if (!statSync(dataDir).isDirectory()) throw new DataFolderError('notAFolder', dataDir)
  try {
    accessSync(dataDir, constants.W_OK)
  } catch {
    throw new DataFolderError('readOnly', dataDir)
  }
}
