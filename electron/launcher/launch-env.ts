type Env = Readonly<Record<string, string | undefined>>

/**
 * Environment for rebuilding native modules for Electron. npm exports its config to child processes as
 * npm_config_*, and node-gyp reads `nodedir` from there: with nodedir set (as on the project's build machines)
 * node-gyp compiles against Node's headers and the "Electron" build is really a Node build that reports success.
 */
export function rebuildEnv(env: Env): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'))
}

/** Environment for launching the desktop app: ELECTRON_RUN_AS_NODE would turn the app into a plain Node process. */
export function desktopEnv(env: Env): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== 'ELECTRON_RUN_AS_NODE'))
}

/** Environment for asking Electron's own Node runtime whether a native module loads in it. */
export function probeEnv(env: Env): Record<string, string | undefined> {
  return { ...env, ELECTRON_RUN_AS_NODE: '1' }
}
