import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The repository stands alone: code cites its own documents (docs/architecture.md, docs/domain.md) by
 * section heading, every cited heading exists, and the documents name only paths that exist.
 */
const ROOT = process.cwd()
const SKIP = new Set(['.git', 'node_modules', 'out', 'dist', 'test-results', 'playwright-report', '.tmp'])
const TEXT = /\.(ts|tsx|js|cjs|mjs|json|ya?ml|md|css|html)$/

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return []
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return files(path)
    return TEXT.test(entry.name) && entry.name !== 'package-lock.json' ? [path] : []
  })
}

const DOCS = ['docs/architecture.md', 'docs/domain.md']
/** A code span naming a file or folder of the checkout (built output under out/ is not in it). */
const isRepoPath = (span: string) =>
  /^(\.ci|bench|docs|electron|renderer|resources|shared|tests)\//.test(span) ||
  /^[\w.-]+\.(json|js|ts|yml)$/.test(span)
const headings = (doc: string) =>
  new Set(
    readFileSync(join(ROOT, doc), 'utf8')
      .split('\n')
      .flatMap((line) => /^#{2,4} (.+)$/.exec(line)?.[1] ?? []),
  )
const sources = files(ROOT).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }))

describe('documentation references', () => {
  it('cites no document outside the repository', () => {
    const outside = sources.filter(({ text }) => /\b(DESIGN|DOMAIN)\.md\b|\.\.\/shared\/\w+\.md/.test(text))
    expect(outside.map(({ path }) => path)).toEqual([])
  })

  it('cites only sections that exist', () => {
    const known = new Map(DOCS.map((doc) => [doc, headings(doc)]))
    const missing: string[] = []
    for (const { path, text } of sources) {
      for (const [, doc, heading] of text.matchAll(/(docs\/(?:architecture|domain)\.md) "([^"]+)"/g)) {
        if (!known.get(doc!)?.has(heading!)) missing.push(`${path}: ${doc} "${heading}"`)
      }
    }
    expect(missing).toEqual([])
  })

  it.each(DOCS)('%s names only paths that exist', (doc) => {
    const text = readFileSync(join(ROOT, doc), 'utf8')
    const paths = [...text.matchAll(/`([^`\s]+)`/g)].map(([, path]) => path!).filter(isRepoPath)
    expect(paths.length).toBeGreaterThan(10)
    expect(paths.filter((path) => !existsSync(join(ROOT, path)))).toEqual([])
  })
})
