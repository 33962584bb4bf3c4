// Held-out file kinds: added after the detectors had been tuned on the main corpus's findings, and scored apart,
// to show how far the figures carry to contexts nobody tuned for. They reuse the same formats and negatives.

import { mapText, mark, type Segment } from './doc';
import { camel, pascal, snake, type Language } from './languages';
import type { Rng } from './rng';
import type { Assignment, LiteralValue } from './values';

const negative = (text: string, kind: string): Segment => mark(text, { kind: 'negative', negativeKind: kind });
const lines = (...parts: Segment[][]): Segment[] => parts.flatMap((p, i) => (i === 0 ? p : ['\n', ...p]));
const quoted = (v: LiteralValue, q: string, escape: (s: string) => string = (s) => s): Segment[] => [q, ...mapText(v.segments, escape), q];
const bearer = (a: Assignment) => !!a.format && !a.format.byContext && !a.format.url && !a.format.multiline;

function statementLanguage(
  id: Language['id'],
  paths: string[],
  header: Segment[][],
  footer: Segment[][],
  statement: (a: Assignment, v: LiteralValue, rng: Rng) => Segment[],
  lookup: (a: Assignment) => string,
  template: (a: Assignment) => [string, string, string],
): Language {
  return {
    id,
    paths,
    multiline: false,
    render(assignments, rng) {
      const body = assignments.map((a): Segment[] => {
        const v = a.value;
        if (v.kind === 'literal') return statement(a, v, rng);
        if (v.kind === 'template') {
          const [before, t, after] = template(a);
          return [before, negative(t, 'template'), after];
        }
        return [negative(lookup(a), v.kind === 'env' ? 'env-lookup' : 'function-call')];
      });
      return lines(...header, ...body, ...footer);
    },
  };
}

export const HOLDOUT_LANGUAGES: readonly Language[] = [
  statementLanguage(
    'kotlin',
    ['app/src/main/kotlin/com/acme/Config{n}.kt'],
    [['package com.acme'], [''], ['object Config {']],
    [['}'], ['']],
    (a, v, rng) => {
      const options: Segment[][] = [
        [`    const val ${a.name} = `, ...quoted(v, '"', (s) => s.replace(/\$/g, '\\$'))],
        [`    val ${camel(a.name)}: String = `, ...quoted(v, '"', (s) => s.replace(/\$/g, '\\$'))],
      ];
      if (bearer(a)) options.push(['    val authHeader = "Bearer ', ...v.segments, '"']);
      return rng.pick(options);
    },
    (a) => `    val ${camel(a.name)}: String? = System.getenv("${a.name}")`,
    (a) => [`    val ${camel(a.name)} = "`, `\${${a.name}}`, '" // filled by the Gradle build'],
  ),
  statementLanguage(
    'csharp',
    ['src/Acme.Api/Settings{n}.cs'],
    [['namespace Acme.Api;'], [''], ['public static class Settings'], ['{']],
    [['}'], ['']],
    (a, v, rng) => {
      const options: Segment[][] = [
        [`    public const string ${pascal(a.name)} = `, ...quoted(v, '"'), ';'],
        [`    public static void Configure${pascal(a.name)}() => Environment.SetEnvironmentVariable(`, `"${a.name}", `, ...quoted(v, '"'), ');'],
      ];
      if (bearer(a)) options.push(['    public static void Authorize(HttpClient c) => c.DefaultRequestHeaders.Add("Authorization", "Bearer ', ...v.segments, '");']);
      return rng.pick(options);
    },
    (a) => `    public static string ${pascal(a.name)} => Environment.GetEnvironmentVariable("${a.name}") ?? "";`,
    (a) => [`    public const string ${pascal(a.name)} = "`, `#{${a.name}}`, '";'],
  ),
  statementLanguage(
    'rust',
    ['src/config_{n}.rs'],
    [['use std::env;'], ['']],
    [[''], ['pub fn init() {}'], ['']],
    (a, v, rng) =>
      rng.pick([
        [`pub const ${a.name}: &str = `, ...quoted(v, '"'), ';'],
        [`pub fn configure_${snake(a.name)}() { env::set_var(`, `"${a.name}", `, ...quoted(v, '"'), '); }'],
      ]),
    (a) => `pub fn ${snake(a.name)}() -> String { env::var("${a.name}").unwrap_or_default() }`,
    (a) => [`pub const ${a.name}: &str = "`, `{{${snake(a.name)}}}`, '";'],
  ),
  statementLanguage(
    'powershell',
    ['scripts/deploy-{n}.ps1'],
    [['Set-StrictMode -Version Latest'], ['$ErrorActionPreference = "Stop"']],
    [['Write-Host "configured"'], ['']],
    (a, v, rng) =>
      rng.pick([
        [`$env:${a.name} = `, ...quoted(v, "'")],
        [`$${camel(a.name)} = `, ...quoted(v, "'")],
      ]),
    (a) => `$${camel(a.name)} = $env:${a.name}`,
    (a) => [`$${camel(a.name)} = '`, `__${a.name}__`, "'"],
  ),
  statementLanguage(
    'makefile',
    ['Makefile', 'ops/release-{n}.mk'],
    [['.PHONY: deploy'], ['']],
    [[''], ['deploy:'], ['\t./scripts/deploy.sh'], ['']],
    (a, v, rng) =>
      rng.pick([
        [`export ${a.name} := `, ...v.segments],
        [`${a.name} ?= `, ...v.segments],
      ]),
    (a) => `${a.name} ?= $(shell vault kv get -field=value secret/${snake(a.name)})`,
    (a) => [`${a.name} := `, `$(${a.name}_FROM_CI)`, ''],
  ),
  statementLanguage(
    'ansible',
    ['group_vars/all/main-{n}.yml', 'roles/app/defaults/main.yml'],
    [['---'], ['app_user: deploy']],
    [['']],
    (a, v) => [`${snake(a.name)}: `, ...quoted(v, '"')],
    (a) => `${snake(a.name)}: "{{ lookup('env', '${a.name}') }}"`,
    (a) => [`${snake(a.name)}: "`, `{{ vault_${snake(a.name)} }}`, '"'],
  ),
  statementLanguage(
    'ini',
    ['setup.cfg', 'conf/service-{n}.ini'],
    [['[service]'], ['name = billing'], ['']],
    [['']],
    (a, v) => [`[${a.format?.provider.replace(/[^a-z0-9]/g, '_') ?? 'secrets'}_${snake(a.name)}]\n`, `${a.format && !a.format.byContext ? 'api_key' : snake(a.name)} = `, ...v.segments, '\n'],
    (a) => `; ${snake(a.name)} comes from the environment (${a.name})`,
    (a) => [`${snake(a.name)} = `, `%(${snake(a.name)})s`, ''],
  ),
];
