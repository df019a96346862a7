import { spawn, type ChildProcess } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { planDocName, sessionDocName } from '../../shared/live/doc-names'
import { startHubProcess } from '../support/hub-process'
import { makeTempDir } from '../support/temp-dir'

const ROOT = join(import.meta.dirname, '..', '..')

export type ServerKind = 'ours' | 'bare'

/** Everything the load process needs to reach one server: URL, documents and the tokens to open them. */
export interface LoadTarget {
  kind: ServerKind
  url: string
  /** One county plan each, with one token per group device (null where the server has no auth). */
  docs: { name: string; tokens: (string | null)[]; code?: string }[]
  facilitatorToken: string | null
  sessionDoc: string
}

export interface RunningServer {
  target: LoadTarget
  pid: number
  /** What was measured to set the server up (ours only): not part of the load. */
  setupMs: number
  stop(): Promise<void>
}

export interface JsonResponse<T> {
  status: number
  body: T
}

/**
 * A JSON request over loopback, optionally from a given local address (each group device has its own) and
 * with a bearer token (the hub makes no setup change without the facilitator's).
 */
export function requestJson<T>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  { localAddress, token }: { localAddress?: string; token?: string } = {},
): Promise<JsonResponse<T>> {
  const payload = body === undefined ? undefined : JSON.stringify(body)
  const headers: Record<string, string> = payload === undefined ? {} : { 'content-type': 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${baseUrl}${path}`,
      {
        method,
        localAddress,
        headers,
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: (text === '' ? undefined : JSON.parse(text)) as T })
          } catch (error) {
            reject(error)
          }
        })
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}

export async function ok<T>(response: Promise<JsonResponse<T>>, what: string): Promise<T> {
  const { status, body } = await response
  if (status < 200 || status >= 300) throw new Error(`${what} failed: ${status} ${JSON.stringify(body)}`)
  return body
}

/**
 * Our hub as its own process (`serve`), with a workshop of `counties` counties, a group each, the LAN
 * opened on loopback and `devicesPerCounty` devices joined per group through the real join API.
 * Each device joins from its own loopback address (127.0.1.N), as it would from its own laptop on the
 * venue Wi-Fi: the join route allows 10 attempts per address per minute.
 */
export async function startOurHub(
  counties: number,
  devicesPerCounty: number,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const dir = makeTempDir('plan-workshop-bench-')
  const hub = await startHubProcess(dir.path, { env }).catch((error: unknown) => {
    dir.remove()
    throw error
  })
  const started = performance.now()
  try {
    const url = hub.url
    const facilitator = await ok(
      requestJson<ApiResponse<'facilitatorToken'>>(url, 'GET', API_ROUTES.facilitatorToken),
      'facilitator token',
    )
    const token = facilitator.token
    const workshop = await ok(
      requestJson<ApiResponse<'getWorkshop'>>(
        url,
        'POST',
        API_ROUTES.workshops,
        {
          title: '基准测试培训班 Benchmark class',
          startDate: '2018-03-01',
          endDate: '2018-03-05',
          language: 'zh-CN',
        },
        { token },
      ),
      'create workshop',
    )
    const workshopId = workshop.id
    for (let index = 0; index < counties; index++) {
      const county = await ok(
        requestJson<ApiResponse<'getCounty'>>(
          url,
          'POST',
          apiPath(API_ROUTES.counties, { workshopId }),
          {
            name: `基准县${index + 1}`,
            population: 300_000 + index * 1000,
          },
          { token },
        ),
        'add county',
      )
      await ok(
        requestJson(
          url,
          'POST',
          apiPath(API_ROUTES.groups, { workshopId }),
          { countyId: county.id, name: `基准县${index + 1}小组` },
          { token },
        ),
        'add group',
      )
    }
    await ok(requestJson(url, 'POST', API_ROUTES.lanOpen, { address: '127.0.0.1' }, { token }), 'open LAN')
    const info = await ok(
      requestJson<ApiResponse<'getJoinInfo'>>(url, 'GET', apiPath(API_ROUTES.joinInfo, { workshopId })),
      'join info',
    )
    let device = 0
    const docs: LoadTarget['docs'] = []
    for (const group of info.groups) {
      const tokens: string[] = []
      for (let member = 0; member < devicesPerCounty; member++) {
        device++
        const joined = await ok(
          requestJson<ApiResponse<'join'>>(
            url,
            'POST',
            API_ROUTES.join,
            { code: group.code, displayName: `组员${member + 1}` },
            { localAddress: `127.0.1.${device}` },
          ),
          'join',
        )
        tokens.push(joined.token)
      }
      docs.push({ name: planDocName(workshopId, group.countyId), tokens, code: group.code })
    }
    return {
      target: {
        kind: 'ours',
        url,
        docs,
        facilitatorToken: facilitator.token,
        sessionDoc: sessionDocName(workshopId),
      },
      pid: hub.pid,
      setupMs: performance.now() - started,
      async stop() {
        await hub.stop()
        dir.remove()
      },
    }
  } catch (error) {
    await hub.stop()
    dir.remove()
    throw error
  }
}

/** The bare in-memory Hocuspocus server (tests/bench/bare-server-process.ts) as its own process. */
export async function startBareServer(
  counties: number,
  devicesPerCounty: number,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'bare-server-process.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bare server did not start:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (http:\/\/[^\s/]+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`bare server exited with ${code}:\n${output}`))
    })
  })
  // Same document names as ours (the ids only have to look like ids); no tokens: nothing checks them.
  const workshopId = 'benchWorkshop01'
  const docs = Array.from({ length: counties }, (_, index) => ({
    name: planDocName(workshopId, `benchCounty${String(index + 1).padStart(2, '0')}`),
    tokens: Array.from({ length: devicesPerCounty }, () => null),
  }))
  return {
    target: { kind: 'bare', url, docs, facilitatorToken: null, sessionDoc: sessionDocName(workshopId) },
    pid: child.pid!,
    setupMs: 0,
    stop: () => stopChild(child),
  }
}

/** SIGTERM, then SIGKILL if the process has not exited within 5 s. */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
