import { contextBridge, ipcRenderer } from 'electron'
import { createNativeApi, type NativeInvoke } from './create-native-api'

// Runs sandboxed and context-isolated: only what contextBridge copies reaches the page.
const invoke: NativeInvoke = (channel, ...args) => ipcRenderer.invoke(channel, ...args)

contextBridge.exposeInMainWorld('native', createNativeApi(invoke, process.platform))
