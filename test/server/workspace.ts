// Test workspaces: a fresh temp folder per test, files written from templates, generated keys remembered so
// every test can assert that none of them shows up in the server's output.

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expandExample, syntheticKey } from '../../shared/testing/synthetic';
import { maskValues } from '../support/secrets';
import { makeTempDir, removeTree, writeTree } from '../support/tempTree';

export class TestWorkspace {
  readonly root: string;
  /** Every key generated for this workspace: none may appear in server output. */
  readonly keys: string[] = [];

  constructor(label: string) {
    this.root = makeTempDir(`server-${label}`);
  }

  /** A key-shaped value `prefix` + `length` random chars of `charset`, seeded so failures reproduce. */
  key(prefix: string, charset: string, length: number, suffix = ''): string {
    const value = syntheticKey(prefix, charset, length, 1000 + this.keys.length * 7919) + suffix;
    this.keys.push(value);
    return value;
  }

  /** A GitHub token with a valid checksum (the detector verifies it). */
  githubToken(prefix = 'ghp_'): string {
    const value = expandExample(`«=crc32:${prefix}»`, 4242 + this.keys.length).text;
    this.keys.push(value);
    return value;
  }

  /** `text` with every generated key replaced by `<key N>`: what assertions compare, so a failure prints no key. */
  masked(text: string | undefined): string | undefined {
    return text && maskValues(text, this.keys, (index) => `<key ${index}>`);
  }

  /** Asserts two texts are equal, comparing (and on failure printing) them with keys masked. */
  assertSameText(actual: string | undefined, expected: string, message?: string): void {
    assert.equal(this.masked(actual), this.masked(expected), message);
  }

  path(relPath: string): string {
    return join(this.root, relPath);
  }

  uri(relPath: string): string {
    return pathToFileURL(this.path(relPath)).href;
  }

  write(relPath: string, content: string | Buffer): string {
    writeTree(this.root, { [relPath]: content });
    return this.path(relPath);
  }

  read(relPath: string): string {
    return readFileSync(this.path(relPath), 'utf8');
  }

  exists(relPath: string): boolean {
    return existsSync(this.path(relPath));
  }

  dispose(): void {
    removeTree(this.root);
  }
}

/** The LSP range of the first occurrence of `needle` in `text`. */
export function rangeOf(text: string, needle: string): Range {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error('needle not in text');
  const document = TextDocument.create('test:range', 'plaintext', 0, text);
  return { start: document.positionAt(start), end: document.positionAt(start + needle.length) };
}

/** Lines of output that contain any of the keys (reported by index, so the failure message leaks nothing). */
export function leakedKeyIndexes(lines: readonly string[], keys: readonly string[]): number[] {
  return keys.flatMap((key, index) => (lines.some((line) => line.includes(key)) ? [index] : []));
}
