/** Whether an If-None-Match header names the version (a list, weak or strong, or `*`). */
export function etagsMatch(ifNoneMatch: string, version: string): boolean {
  return ifNoneMatch
    .split(',')
    .map(tag => tag.trim().replace(/^W\//, ''))
    .some(tag => tag === '*' || tag === version);
}
