// Masked previews: enough to recognise which key it is, never enough to use it.

// Vendor prefixes are public (`sk-proj-`, `xoxb-`, `ghp_`, `sk_live_`), the body after them is the secret.
const PUBLIC_PREFIX = /^(?:[A-Za-z]{2,10}[-_](?:[a-z]{2,8}[0-9]{0,2}[-_]){0,2}|AKIA|ASIA|AIza|[a-z][a-z0-9+.-]{1,15}:\/\/)/;

/** `sk-proj-…3fQa`: public prefix plus at most the last 4 characters (fewer for short values). */
export function maskSecret(value: string): string {
  // Key blocks show their header only; it ends at the dashes after the label, whether the line break that
  // follows is real or JSON-escaped (service-account files).
  if (value.startsWith('-----BEGIN')) return `${value.slice(0, value.indexOf('-----', 10) + 5)}…`;
  const prefix = PUBLIC_PREFIX.exec(value)?.[0] ?? '';
  const rest = value.length - prefix.length;
  // Reveal less of short values: the last 4 of an 8-character password is half of it.
  const tail = rest >= 16 ? 4 : rest >= 10 ? 2 : 0;
  return `${prefix}…${tail > 0 ? value.slice(-tail) : ''}`;
}
