/** An antd form name path: `members.0.name` → ['members', 0, 'name'], under an optional prefix. */
export type NamePath = (string | number)[]

export function toNamePath(path: string, prefix: NamePath = []): NamePath {
  if (path === '') return prefix
  return [...prefix, ...path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))]
}
