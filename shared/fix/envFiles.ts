// Reading and writing dotenv-style files (.env, .env.example) without disturbing what is already there.

import { splitLines } from './lines';

// `NAME=`, `export NAME=`, `NAME =` (dotenv parsers accept all three).
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/;

/** Each assigned name with its value as dotenv parsers read it; the last assignment of a name wins. */
export function parseEnvFile(content: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of splitLines(content)) {
    const match = ASSIGNMENT.exec(line.text);
    if (match) entries.set(match[1], parseEnvValue(match[2]));
  }
  return entries;
}

/** The value of the text after `=`: quotes removed, double-quote escapes decoded, inline comments dropped. */
export function parseEnvValue(raw: string): string {
  const value = raw.trim();
  const quote = value[0];
  if (quote === '"') {
    let out = '';
    for (let i = 1; i < value.length; i++) {
      const ch = value[i];
      if (ch === '"') return out;
      if (ch === '\\' && i + 1 < value.length) {
        const next = value[++i];
        out += next === 'n' ? '\n' : next === 'r' ? '\r' : next === 't' ? '\t' : next;
        continue;
      }
      out += ch;
    }
    return out;
  }
  if (quote === "'" || quote === '`') {
    const close = value.indexOf(quote, 1);
    return close < 0 ? value.slice(1) : value.slice(1, close);
  }
  const comment = value.search(/\s#/);
  return (comment < 0 ? value : value.slice(0, comment)).trim();
}

/**
 * The value as it should appear after `NAME=`. Plain values stay bare; values with spaces, `#`, quotes or
 * line breaks are double-quoted with `\\`, `\"`, `\n`, `\r` escapes (a PEM key becomes one line). A value
 * with `$` (or a backslash) but no quote or line break is single-quoted instead: single quotes are taken
 * literally by dotenv, python-dotenv and docker compose, where double quotes would interpolate `${…}`.
 */
export function formatEnvValue(value: string): string {
  if (/^[^\s#"'`\\$]*$/.test(value)) return value;
  const multiLine = value.includes('\n') || value.includes('\r');
  if (!multiLine && !value.includes("'") && /[$\\]/.test(value)) return `'${value}'`;
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n');
  return `"${escaped}"`;
}
