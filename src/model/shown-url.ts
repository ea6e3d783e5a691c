// A URL as messages and the summary show it: without the credentials a link may carry. A user
// name and password are dropped; every query value is replaced, since a signed URL carries its
// secret there under a name each store chooses (`sig`, `X-Amz-Signature`, `token`, ...); the
// fragment is dropped. The names of the query's parameters stay, so the reader can tell a
// signed URL from a plain one.

/** The URL without user, password, query values or fragment; the text as given when no URL. */
export function shownUrl(url: string): string {
  const parsed = URL.parse(url)
  if (parsed === null) return url.replace(/[?#].*$/s, '')
  // abfss://container@account...: the user part names the container, not a person.
  if (parsed.protocol !== 'abfss:') parsed.username = ''
  parsed.password = ''
  parsed.hash = ''
  if (parsed.search !== '') {
    const names = [...new URLSearchParams(parsed.search).keys()]
    parsed.search = ''
    return `${parsed.href}?${names.map((name) => `${encodeURIComponent(name)}=…`).join('&')}`
  }
  return parsed.href
}

/** Whether the URL names a user or a password: secrets written into the catalog itself. */
export function hasUserInfo(url: string): boolean {
  const parsed = URL.parse(url)
  if (parsed === null) return false
  return parsed.password !== '' || (parsed.username !== '' && parsed.protocol !== 'abfss:')
}
