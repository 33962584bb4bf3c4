// How each kind of file spells an assignment, and the realistic skeleton around it. A renderer turns the
// language-neutral assignments into segments, so labels follow the values through quoting and escaping.

import { mapText, mark, type Segment } from './doc';
import type { Rng } from './rng';
import type { Assignment, LiteralValue } from './values';

export type LanguageId =
  | 'python'
  | 'typescript'
  | 'javascript'
  | 'go'
  | 'java'
  | 'ruby'
  | 'compose'
  | 'k8s-secret'
  | 'k8s-configmap'
  | 'k8s-deployment'
  | 'gh-actions'
  | 'yaml-config'
  | 'json'
  | 'dotenv'
  | 'dotenv-example'
  | 'terraform'
  | 'dockerfile'
  | 'shell'
  | 'notebook'
  | 'markdown'
  | 'properties'
  | 'toml'
  | 'dotnet-xml'
  | 'php'
  // held-out kinds (holdoutLanguages.ts)
  | 'kotlin'
  | 'csharp'
  | 'rust'
  | 'powershell'
  | 'makefile'
  | 'ansible'
  | 'ini';

export interface Language {
  readonly id: LanguageId;
  /** Candidate paths; `{n}` is replaced to keep names unique within a project. */
  readonly paths: readonly string[];
  /** Whether a multi-line literal (PEM block) can be written naturally. */
  readonly multiline: boolean;
  render(assignments: readonly Assignment[], rng: Rng): Segment[];
}

// ------------------------------------------------------------------------------------------------ names

const words = (name: string) => name.toLowerCase().split('_').filter(Boolean);
export const snake = (name: string) => words(name).join('_');
export const camel = (name: string) => words(name).map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
export const pascal = (name: string) => words(name).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const kebab = (name: string) => words(name).join('-');

// ------------------------------------------------------------------------------------------------ quoting

const jsonEscape = (s: string) => JSON.stringify(s).slice(1, -1);
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function quoted(value: LiteralValue, quote: string, escape: (s: string) => string = (s) => s): Segment[] {
  return [quote, ...mapText(value.segments, escape), quote];
}

function plainText(value: LiteralValue): string {
  return value.segments.map((s) => (typeof s === 'string' ? s : s.text)).join('');
}

/** YAML scalars: plain when safe, else double-quoted (our values hold no `"` or `\`). */
function yamlScalar(value: LiteralValue, rng: Rng): Segment[] {
  const text = plainText(value);
  const risky = text === '' || /^[-?:,[\]{}#&*!|>'"%@`\s]|: | #|^\d+$|^(true|false|null|yes|no)$/i.test(text);
  return risky || rng.chance(0.4) ? quoted(value, '"') : [...value.segments];
}

/** Shell-like files: single quotes when `$` would expand, double quotes or bare otherwise. */
function shellWord(value: LiteralValue, rng: Rng): Segment[] {
  const text = plainText(value);
  if (/[$`\\!]/.test(text)) return quoted(value, "'");
  if (text === '' || /[\s#&;|<>()*?"'~]/.test(text)) return quoted(value, '"');
  return rng.chance(0.5) ? quoted(value, '"') : [...value.segments];
}

const negative = (text: string, kind: string): Segment => mark(text, { kind: 'negative', negativeKind: kind });

// ------------------------------------------------------------------------------------------------ helpers

const lines = (...parts: Segment[][]): Segment[] => parts.flatMap((p, i) => (i === 0 ? p : ['\n', ...p]));
/** Prefixes every line, inside marked values too (a YAML block scalar's PEM body is indented). */
const indent = (prefix: string, body: readonly Segment[]): Segment[] => [prefix, ...mapText(body, (s) => s.replace(/\n/g, `\n${prefix}`))];

function bearerAllowed(a: Assignment): boolean {
  return !!a.format && !a.format.byContext && !a.format.url && !a.format.multiline;
}

// ------------------------------------------------------------------------------------------------ Python

function pythonStatement(a: Assignment, rng: Rng): Segment[] {
  const v = a.value;
  switch (v.kind) {
    case 'env':
      return [negative(rng.pick([`${a.name} = os.environ["${a.name}"]`, `${snake(a.name)} = os.getenv("${a.name}")`, `${snake(a.name)} = os.environ.get("${a.name}", "")`]), 'env-lookup')];
    case 'call':
      return [negative(rng.pick([`${snake(a.name)} = get_secret("${kebab(a.name)}")`, `${snake(a.name)} = keyring.get_password("deploy", "${snake(a.name)}")`, `${snake(a.name)} = settings.${snake(a.name)}`]), 'function-call')];
    case 'template':
      return [`${snake(a.name)} = "`, negative(rng.pick([`%(${snake(a.name)})s`, `{${snake(a.name)}}`]), 'template'), '"'];
    case 'literal': {
      if (v.multiline) return [`${a.name} = """`, ...v.segments, '"""'];
      const q = rng.pick(['"', "'"]);
      const lit = quoted(v, q);
      const options: Segment[][] = [
        [`${a.name} = `, ...lit],
        [`${snake(a.name)} = `, ...lit],
        [`os.environ["${a.name}"] = `, ...lit],
        [`os.environ.setdefault("${a.name}", `, ...lit, ')'],
        [`CONFIG["${snake(a.name)}"] = `, ...lit],
        [`${snake(a.name)}: str = `, ...lit],
      ];
      if (a.format && !a.format.url) options.push([`resp = requests.get(url, params={"${a.format.byContext ? snake(a.name) : 'api_key'}": `, ...lit, '})']);
      if (a.format?.sdk?.py) options.push(['client = ', a.format.sdk.py, '(api_key=', ...lit, ')']);
      if (bearerAllowed(a)) options.push(['headers = {"Authorization": f"Bearer ', ...v.segments, '"}']);
      if (a.format?.url) options.push([`engine = connect(`, ...lit, ')']);
      return rng.pick(options);
    }
  }
}

const pythonLanguage: Language = {
  id: 'python',
  paths: ['app/config.py', 'src/{n}/settings.py', 'scripts/sync_{n}.py', 'services/worker_{n}.py', 'tests/test_client_{n}.py'],
  multiline: true,
  render(assignments, rng) {
    const body = assignments.map((a) => pythonStatement(a, rng));
    return lines(
      ['"""Service configuration. Loaded once at start-up."""'],
      ['import os'],
      ['import logging'],
      [''],
      ['logger = logging.getLogger(__name__)'],
      ['CONFIG: dict[str, str] = {}'],
      [''],
      ...body,
      [''],
      [''],
      ['def describe() -> str:'],
      ['    return ", ".join(sorted(CONFIG))'],
      [''],
    );
  },
};

// ------------------------------------------------------------------------------------------------ TS / JS

function jsStatement(a: Assignment, rng: Rng, typed: boolean): Segment[] {
  const v = a.value;
  switch (v.kind) {
    case 'env':
      return [negative(rng.pick([`const ${camel(a.name)} = process.env.${a.name};`, `const ${camel(a.name)} = process.env["${a.name}"] ?? "";`, `const ${camel(a.name)} = import.meta.env.VITE_${a.name};`]), 'env-lookup')];
    case 'call':
      return [negative(rng.pick([`const ${camel(a.name)} = await secrets.get("${kebab(a.name)}");`, `const ${camel(a.name)} = config.get${typed ? '<string>' : ''}("${camel(a.name)}");`]), 'function-call')];
    case 'template':
      return [`const ${camel(a.name)} = "`, negative(`\${${a.name}}`, 'template'), '"; // substituted by envsubst at deploy time'];
    case 'literal': {
      if (v.multiline) return [`const ${camel(a.name)} = \``, ...v.segments, '`;'];
      const q = rng.pick(['"', "'", '`']);
      const lit = quoted(v, q);
      const options: Segment[][] = [
        [`const ${camel(a.name)} = `, ...lit, ';'],
        [`export const ${a.name}${typed ? ': string' : ''} = `, ...lit, ';'],
        [`process.env.${a.name} = `, ...lit, ';'],
        ['config.', camel(a.name), ' = ', ...lit, ';'],
        [`export const ${camel(a.name)}Settings = {\n  ${a.format?.provider.replace(/[^a-z0-9]/g, '') ?? 'service'}: {\n    ${a.format && !a.format.byContext ? 'apiKey' : camel(a.name)}: `, ...lit, ',\n  },\n};'],
      ];
      if (a.format?.sdk?.js) options.push([`const ${camel(a.name)}Client = new ${a.format.sdk.js}({ apiKey: `, ...lit, ' });']);
      if (bearerAllowed(a)) options.push([`const ${camel(a.name)}Headers = { Authorization: \`Bearer `, ...v.segments, '` };']);
      if (a.format?.url) options.push([`const ${camel(a.name)}Pool = createPool(`, ...lit, ');']);
      return rng.pick(options);
    }
  }
}

function jsLanguage(id: 'typescript' | 'javascript'): Language {
  const typed = id === 'typescript';
  const ext = typed ? 'ts' : 'js';
  return {
    id,
    paths: [`src/config.${ext}`, `src/lib/client-{n}.${ext}`, `server/routes/webhook-{n}.${ext}`, `scripts/seed-{n}.${typed ? 'ts' : 'mjs'}`],
    multiline: true,
    render(assignments, rng) {
      const body = assignments.map((a) => jsStatement(a, rng, typed));
      return lines(
        [typed ? "import type { AppConfig } from './types';" : "'use strict';"],
        [''],
        [typed ? 'const config: Partial<AppConfig> = {};' : 'const config = {};'],
        [''],
        ...body,
        [''],
        [typed ? 'export function ready(): boolean {' : 'function ready() {'],
        ['  return Object.keys(config).length > 0;'],
        ['}'],
        typed ? [''] : ['module.exports = { config, ready };'],
      );
    },
  };
}

// ------------------------------------------------------------------------------------------------ Go

function goStatement(a: Assignment, rng: Rng): Segment[] {
  const v = a.value;
  switch (v.kind) {
    case 'env':
      return ['\t', negative(`${camel(a.name)} := os.Getenv("${a.name}")`, 'env-lookup')];
    case 'call':
      return ['\t', negative(`${camel(a.name)}, _ := vault.Read(ctx, "secret/data/${kebab(a.name)}")`, 'function-call')];
    case 'template':
      return ['\t', `${camel(a.name)} := "`, negative(`{{ .${pascal(a.name)} }}`, 'template'), '"'];
    case 'literal': {
      if (v.multiline) return ['\t', `${camel(a.name)} := \``, ...v.segments, '`'];
      const lit = quoted(v, '"');
      const options: Segment[][] = [
        ['\t', `${camel(a.name)} := `, ...lit],
        ['\t', `os.Setenv("${a.name}", `, ...lit, ')'],
        ['\t', `cfg.${pascal(a.name)} = `, ...lit],
      ];
      if (bearerAllowed(a)) options.push(['\treq.Header.Set("Authorization", "Bearer ', ...v.segments, '")']);
      return rng.pick(options);
    }
  }
}

const goLanguage: Language = {
  id: 'go',
  paths: ['cmd/server/main.go', 'internal/clients/client_{n}.go', 'pkg/config/config_{n}.go'],
  multiline: true,
  render(assignments, rng) {
    return lines(
      ['package main'],
      [''],
      ['import ('],
      ['\t"context"'],
      ['\t"log"'],
      ['\t"os"'],
      [')'],
      [''],
      ['func configure(ctx context.Context, cfg *Config) {'],
      ...assignments.map((a) => goStatement(a, rng)),
      ['\tlog.Printf("configured %d clients", cfg.Count())'],
      ['}'],
      [''],
    );
  },
};

// ------------------------------------------------------------------------------------------------ Java

function javaStatement(a: Assignment, rng: Rng): Segment[] {
  const v = a.value;
  switch (v.kind) {
    case 'env':
      return ['    ', negative(`private final String ${camel(a.name)} = System.getenv("${a.name}");`, 'env-lookup')];
    case 'call':
      return ['    ', negative(`private final String ${camel(a.name)} = secrets.lookup("${kebab(a.name)}");`, 'function-call')];
    case 'template':
      return ['    ', '@Value("', negative(`\${${words(a.name).join('.')}}`, 'template'), `") private String ${camel(a.name)};`];
    case 'literal': {
      const lit = quoted(v, '"');
      const options: Segment[][] = [
        ['    ', `private static final String ${a.name} = `, ...lit, ';'],
        ['    ', `static { System.setProperty("${words(a.name).join('.')}", `, ...lit, '); }'],
        ['    ', `private String ${camel(a.name)} = `, ...lit, ';'],
      ];
      if (bearerAllowed(a)) options.push(['    ', `private static final String ${a.name}_HEADER = "Bearer `, ...v.segments, '";']);
      return rng.pick(options);
    }
  }
}

const javaLanguage: Language = {
  id: 'java',
  paths: ['src/main/java/com/acme/billing/ClientConfig{n}.java', 'src/main/java/com/acme/ApiSettings{n}.java'],
  multiline: false,
  render(assignments, rng) {
    return lines(
      ['package com.acme.billing;'],
      [''],
      ['import java.util.Map;'],
      [''],
      ['final class ClientConfig {'],
      ...assignments.map((a) => javaStatement(a, rng)),
      [''],
      ['    public Map<String, String> asMap() {'],
      ['        return Map.of();'],
      ['    }'],
      ['}'],
      [''],
    );
  },
};

// ------------------------------------------------------------------------------------------------ Ruby

function rubyStatement(a: Assignment, rng: Rng): Segment[] {
  const v = a.value;
  switch (v.kind) {
    case 'env':
      return ['  ', negative(rng.pick([`config.${snake(a.name)} = ENV.fetch("${a.name}")`, `config.${snake(a.name)} = ENV["${a.name}"]`]), 'env-lookup')];
    case 'call':
      return ['  ', negative(`config.${snake(a.name)} = Rails.application.credentials.dig(:${snake(a.name)})`, 'function-call')];
    case 'template':
      return ['  ', `config.${snake(a.name)} = "`, negative(`<%= ENV['${a.name}'] %>`, 'template'), '"'];
    case 'literal': {
      const lit = quoted(v, rng.pick(['"', "'"]));
      const options: Segment[][] = [
        ['  ', `config.${snake(a.name)} = `, ...lit],
        ['  ', `ENV["${a.name}"] ||= `, ...lit],
        ['  ', `${a.name} = `, ...lit, '.freeze'],
      ];
      if (bearerAllowed(a)) options.push(['  ', 'headers["Authorization"] = "Bearer ', ...v.segments, '"']);
      return rng.pick(options);
    }
  }
}

const rubyLanguage: Language = {
  id: 'ruby',
  paths: ['config/initializers/clients_{n}.rb', 'lib/tasks/sync_{n}.rake'],
  multiline: false,
  render(assignments, rng) {
    return lines(
      ['# frozen_string_literal: true'],
      [''],
      ['Rails.application.configure do |config|'],
      ...assignments.map((a) => rubyStatement(a, rng)),
      ['end'],
      [''],
    );
  },
};

// ------------------------------------------------------------------------------------------------ YAML family

function yamlEnvValue(a: Assignment, rng: Rng, templateSyntax: 'compose' | 'helm' | 'actions', blockIndent = '    '): Segment[] {
  const v = a.value;
  switch (v.kind) {
    case 'env':
    case 'template': {
      const t = templateSyntax === 'actions' ? `\${{ secrets.${a.name} }}` : templateSyntax === 'helm' ? `{{ .Values.${camel(a.name)} | quote }}` : `\${${a.name}}`;
      return templateSyntax === 'helm' ? [negative(t, 'template')] : ['"', negative(t, 'template'), '"'];
    }
    case 'call':
      return ['"', negative(`\${${a.name}:?${a.name} must be set}`, 'template'), '"'];
    case 'literal':
      if (v.multiline) return ['|\n', ...indent(blockIndent, v.segments)];
      return yamlScalar(v, rng);
  }
}

const composeLanguage: Language = {
  id: 'compose',
  paths: ['docker-compose.yml', 'compose.{n}.yaml'],
  multiline: false,
  render(assignments, rng) {
    const listStyle = rng.chance(0.4);
    const env = assignments.map((a): Segment[] => {
      const value = yamlEnvValue(a, rng, 'compose');
      if (listStyle && a.value.kind === 'literal') return ['      - ', `${a.name}=`, ...a.value.segments];
      return [listStyle ? '      - ' : '      ', listStyle ? `${a.name}=` : `${a.name}: `, ...(listStyle ? value.filter((s) => s !== '"') : value)];
    });
    return lines(
      ['services:'],
      ['  api:'],
      ['    image: ghcr.io/acme/api:1.14.2'],
      ['    ports:'],
      ['      - "8080:8080"'],
      ['    environment:'],
      ...env,
      ['  db:'],
      ['    image: postgres:16-alpine'],
      ['    volumes:'],
      ['      - pgdata:/var/lib/postgresql/data'],
      ['volumes:'],
      ['  pgdata: {}'],
      [''],
    );
  },
};

const k8sSecretLanguage: Language = {
  id: 'k8s-secret',
  paths: ['k8s/secret-{n}.yaml', 'deploy/helm/templates/secret-{n}.yaml'],
  multiline: true,
  render(assignments, rng) {
    const entries = assignments.map((a): Segment[] => ['  ', `${a.name}: `, ...yamlEnvValue(a, rng, 'helm')]);
    return lines(
      ['apiVersion: v1'],
      ['kind: Secret'],
      ['metadata:'],
      [`  name: api-credentials-${rng.string('lowerDigits', 4)}`],
      ['  namespace: production'],
      [`  uid: ${rng.uuid()}`],
      ['type: Opaque'],
      ['stringData:'],
      ...entries,
      [''],
    );
  },
};

/** Credentials put in a ConfigMap by mistake: plain `data:` values, visible to anyone who can read config. */
const k8sConfigMapLanguage: Language = {
  id: 'k8s-configmap',
  paths: ['k8s/configmap-{n}.yaml', 'deploy/base/config-{n}.yaml'],
  multiline: true,
  render(assignments, rng) {
    const entries = assignments.map((a): Segment[] => ['  ', `${a.name}: `, ...yamlEnvValue(a, rng, 'compose')]);
    return lines(
      ['apiVersion: v1'],
      ['kind: ConfigMap'],
      ['metadata:'],
      [`  name: app-config-${rng.string('lowerDigits', 4)}`],
      ['  labels:'],
      ['    app.kubernetes.io/name: api'],
      ['data:'],
      ['  LOG_LEVEL: info'],
      ['  FEATURE_FLAGS: "search,billing-v2"'],
      ...entries,
      [''],
    );
  },
};

const k8sDeploymentLanguage: Language = {
  id: 'k8s-deployment',
  paths: ['k8s/deployment-{n}.yaml'],
  multiline: false,
  render(assignments, rng) {
    const env = assignments.map((a): Segment[] => {
      if (a.value.kind === 'literal') return lines([`            - name: ${a.name}`], ['              value: ', ...yamlScalar(a.value, rng)]);
      return lines(
        [`            - name: ${a.name}`],
        ['              valueFrom:'],
        ['                secretKeyRef:'],
        [negative(`                  name: ${kebab(a.name)}`, 'secret-ref')],
        ['                  key: value'],
      );
    });
    return lines(
      ['apiVersion: apps/v1'],
      ['kind: Deployment'],
      ['metadata:'],
      ['  name: worker'],
      ['spec:'],
      ['  replicas: 2'],
      ['  template:'],
      ['    spec:'],
      ['      containers:'],
      ['        - name: worker'],
      [`          image: registry.acme.dev/worker@sha256:${rng.string('hex', 64)}`],
      ['          env:'],
      ...env,
      [''],
    );
  },
};

const ghActionsLanguage: Language = {
  id: 'gh-actions',
  paths: ['.github/workflows/deploy-{n}.yml', '.github/workflows/ci.yml'],
  multiline: false,
  render(assignments, rng) {
    const env = assignments.map((a): Segment[] => ['      ', `${a.name}: `, ...yamlEnvValue(a, rng, 'actions')]);
    return lines(
      ['name: deploy'],
      ['on:'],
      ['  push:'],
      ['    branches: [main]'],
      ['jobs:'],
      ['  deploy:'],
      ['    runs-on: ubuntu-latest'],
      ['    env:'],
      ...env,
      ['    steps:'],
      ['      - uses: actions/checkout@', negative(rng.string('hex', 40), 'git-sha'), ' # v4.2.2'],
      ['      - uses: actions/setup-node@', negative(rng.string('hex', 40), 'git-sha')],
      ['        with:'],
      ['          node-version: 20'],
      ['      - run: npm ci && npm run deploy'],
      [''],
    );
  },
};

const yamlConfigLanguage: Language = {
  id: 'yaml-config',
  paths: ['config/application-{n}.yml', 'config/settings.yaml'],
  multiline: true,
  render(assignments, rng) {
    const sections = new Set<string>();
    const entries = assignments.map((a): Segment[] => {
      let section = a.format ? a.format.provider.replace(/[^a-z0-9]/g, '_') : snake(a.name);
      if (sections.has(section)) section = snake(a.name);
      if (sections.has(section)) section = `${section}_${sections.size}`;
      sections.add(section);
      // Credentials often sit under a generic key inside a provider section; look-alikes keep their own name.
      const key = !a.format || (a.format.byContext && rng.chance(0.5)) ? snake(a.name) : rng.pick(['api_key', 'token', snake(a.name)]);
      const value = yamlEnvValue(a, rng, 'compose');
      return lines([`${section}:`], ['  ', `${key}: `, ...value]);
    });
    return lines(['# Loaded by config.Load(); environment overrides win.'], ['server:'], ['  port: 8080'], ...entries, ['']);
  },
};

// ------------------------------------------------------------------------------------------------ JSON

const jsonLanguage: Language = {
  id: 'json',
  paths: ['config/default.json', 'appsettings.{n}.json', 'config/integrations-{n}.json'],
  multiline: true,
  render(assignments, rng) {
    const entries = assignments.map((a, i): Segment[] => {
      const key = rng.pick([a.name, camel(a.name), snake(a.name)]);
      const comma = i < assignments.length - 1 ? ',' : '';
      const v = a.value;
      if (v.kind === 'literal') return ['    ', `"${key}": `, ...quoted(v, '"', jsonEscape), comma];
      const template = v.kind === 'env' ? `\${${a.name}}` : v.kind === 'call' ? `vault:secret/data/${kebab(a.name)}#value` : `{{${camel(a.name)}}}`;
      return ['    ', `"${key}": "`, negative(template, v.kind === 'call' ? 'function-call' : 'template'), '"', comma];
    });
    return lines(['{'], ['  "name": "billing-service",'], [`  "build": "${rng.string('hex', 40)}",`], ['  "integrations": {'], ...entries, ['  }'], ['}'], ['']);
  },
};

// ------------------------------------------------------------------------------------------------ .env

function dotenvLine(a: Assignment, rng: Rng, example: boolean): Segment[] {
  const v = a.value;
  const exportPrefix = rng.chance(0.15) ? 'export ' : '';
  switch (v.kind) {
    case 'env':
    case 'call':
      return example ? [`${a.name}=`] : [`${a.name}=`, negative(`\${${a.name.replace(/_KEY$|_TOKEN$/, '')}_SECRET}`, 'template')];
    case 'template':
      return [`${a.name}=`, negative(`\${${a.name}}`, 'template')];
    case 'literal':
      if (v.multiline) return [`${exportPrefix}${a.name}="`, ...v.segments, '"'];
      return [`${exportPrefix}${a.name}=`, ...shellWord(v, rng)];
  }
}

function dotenvLanguage(id: 'dotenv' | 'dotenv-example'): Language {
  const example = id === 'dotenv-example';
  return {
    id,
    paths: example ? ['.env.example', '.env.sample', 'services/api/.env.template'] : ['.env', '.env.local', 'services/api/.env.production'],
    multiline: !example,
    render(assignments, rng) {
      return lines(
        ['# Local configuration. Copy from .env.example.'],
        ['NODE_ENV=production'],
        ['PORT=8080'],
        [''],
        ...assignments.map((a) => dotenvLine(a, rng, example)),
        [''],
      );
    },
  };
}

// ------------------------------------------------------------------------------------------------ Terraform

function terraformStatement(a: Assignment, rng: Rng): Segment[] {
  const v = a.value;
  const attr = snake(a.name);
  switch (v.kind) {
    case 'env':
      return ['    ', negative(`${attr} = var.${attr}`, 'env-lookup')];
    case 'call':
      return ['    ', negative(`${attr} = data.aws_secretsmanager_secret_version.${attr}.secret_string`, 'function-call')];
    case 'template':
      return ['    ', `${attr} = "`, negative(`\${var.${attr}}`, 'template'), '"'];
    case 'literal':
      if (v.multiline) return ['    ', `${attr} = <<-EOT\n`, ...indent('      ', v.segments), '\n    EOT'];
      return ['    ', `${a.format && !a.format.byContext && rng.chance(0.3) ? 'token' : attr} = `, ...quoted(v, '"')];
  }
}

const terraformLanguage: Language = {
  id: 'terraform',
  paths: ['infra/main.tf', 'infra/modules/app/secrets-{n}.tf'],
  multiline: true,
  render(assignments, rng) {
    return lines(
      ['terraform {'],
      ['  required_version = ">= 1.6"'],
      ['}'],
      [''],
      ['resource "kubernetes_secret" "app" {'],
      ['  metadata {'],
      ['    name = "app-credentials"'],
      ['  }'],
      [''],
      ['  data = {'],
      ...assignments.map((a) => terraformStatement(a, rng)),
      ['  }'],
      ['}'],
      [''],
    );
  },
};

// ------------------------------------------------------------------------------------------------ Dockerfile

function dockerStatement(a: Assignment, rng: Rng): Segment[] {
  const v = a.value;
  switch (v.kind) {
    case 'env':
      return [negative(`ARG ${a.name}`, 'env-lookup')];
    case 'call':
      return [negative(`RUN --mount=type=secret,id=${kebab(a.name)} ./configure.sh`, 'function-call')];
    case 'template':
      return [`ENV ${a.name}=`, negative(`\${${a.name}}`, 'template')];
    case 'literal': {
      const options: Segment[][] = [
        [`ENV ${a.name}=`, ...shellWord(v, rng)],
        [`ARG ${a.name}=`, ...shellWord(v, rng)],
      ];
      if (bearerAllowed(a)) options.push(['RUN curl -fsSL -H "Authorization: Bearer ', ...v.segments, '" https://downloads.acme.dev/agent.tgz | tar xz']);
      return rng.pick(options);
    }
  }
}

const dockerfileLanguage: Language = {
  id: 'dockerfile',
  paths: ['Dockerfile', 'docker/worker.Dockerfile'],
  multiline: false,
  render(assignments, rng) {
    return lines(
      ['FROM node:20-bookworm-slim AS build'],
      ['WORKDIR /app'],
      ['COPY package*.json ./'],
      ['RUN npm ci --omit=dev'],
      ...assignments.map((a) => dockerStatement(a, rng)),
      ['COPY . .'],
      ['CMD ["node", "dist/server.js"]'],
      [''],
    );
  },
};

// ------------------------------------------------------------------------------------------------ shell

function shellStatement(a: Assignment, rng: Rng): Segment[] {
  const v = a.value;
  switch (v.kind) {
    case 'env':
      return [negative(`: "\${${a.name}:?set ${a.name} first}"`, 'env-lookup')];
    case 'call':
      return [`export ${a.name}=`, negative(`"$(vault kv get -field=value secret/${kebab(a.name)})"`, 'function-call')];
    case 'template':
      return [`export ${a.name}=`, negative(`"\${${a.name}_FROM_CI}"`, 'template')];
    case 'literal': {
      const options: Segment[][] = [
        [`export ${a.name}=`, ...shellWord(v, rng)],
        [`${a.name}=`, ...shellWord(v, rng), ' ./bin/migrate'],
      ];
      if (bearerAllowed(a)) options.push(['curl -sS -H "Authorization: Bearer ', ...v.segments, '" https://api.acme.dev/v1/health']);
      if (a.format?.url) options.push(['psql ', ...quoted(v, '"'), ' -c "select 1"']);
      return rng.pick(options);
    }
  }
}

const shellLanguage: Language = {
  id: 'shell',
  paths: ['scripts/deploy.sh', 'scripts/bootstrap-{n}.sh', 'bin/run-{n}'],
  multiline: false,
  render(assignments, rng) {
    return lines(['#!/usr/bin/env bash'], ['set -euo pipefail'], [''], ...assignments.map((a) => shellStatement(a, rng)), [''], ['echo "done"'], ['']);
  },
};

// ------------------------------------------------------------------------------------------------ notebooks

/** A 1×1 PNG plus random IDAT-like bytes: a base64 image output that must never be flagged. */
function pngOutput(rng: Rng): string {
  const bytes = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.from(rng.string('alnum', 600))]);
  return bytes.toString('base64');
}

function jsonLines(segments: Segment[], indentBy: string): Segment[] {
  // Notebook sources are arrays of JSON strings, one per line, each but the last ending in "\n".
  const split: Segment[][] = [[]];
  for (const s of segments) {
    if (typeof s !== 'string') {
      split[split.length - 1].push(s);
      continue;
    }
    s.split('\n').forEach((part, i) => {
      if (i > 0) split.push([]);
      if (part) split[split.length - 1].push(part);
    });
  }
  return split.flatMap((line, i) => {
    const last = i === split.length - 1;
    return [indentBy, '"', ...mapText(line, jsonEscape), last ? '"' : '\\n",', last ? '' : '\n'];
  });
}

const notebookLanguage: Language = {
  id: 'notebook',
  paths: ['notebooks/eval-{n}.ipynb', 'research/rag-experiment-{n}.ipynb'],
  multiline: false,
  render(assignments, rng) {
    const code = assignments.map((a) => (a.value.kind === 'literal' && rng.chance(0.25) ? [`%env ${a.name}=`, ...a.value.segments] : pythonStatement(a, rng)));
    const source = lines(['import os'], ['from pathlib import Path'], [''], ...code);
    const cell = (type: string, body: Segment[], outputs: Segment[] = []): Segment[] => [
      '  {\n',
      `   "cell_type": "${type}",\n`,
      '   "metadata": {},\n',
      ...(type === 'code' ? ['   "execution_count": 1,\n', '   "outputs": [', ...outputs, '],\n'] : []),
      '   "source": [\n',
      ...jsonLines(body, '    '),
      '\n   ]\n',
      '  }',
    ];
    const plot: Segment[] = [
      '\n    {\n     "data": {\n      "image/png": "',
      negative(pngOutput(rng), 'notebook-image'),
      '\\n",\n      "text/plain": ["<Figure size 640x480 with 1 Axes>"]\n     },\n     "metadata": {},\n     "output_type": "display_data"\n    }\n   ',
    ];
    return [
      '{\n "cells": [\n',
      ...cell('markdown', lines(['# Retrieval evaluation'], [''], ['Runs the eval set against the staging index and plots recall@k.'])),
      ',\n',
      ...cell('code', source),
      ',\n',
      ...cell('code', lines(['import matplotlib.pyplot as plt'], ['plt.plot([1, 5, 10], [0.61, 0.83, 0.9])']), plot),
      '\n ],\n "metadata": {\n  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}\n },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n',
    ];
  },
};

// ------------------------------------------------------------------------------------------------ Markdown

const PROSE = [
  'Every request must carry an API key. Keys are created in the dashboard under Settings → API keys; a token is shown once, so store it in your secret manager and rotate it every ninety days.',
  'The password reset flow sends a one-time token by email. The token expires after fifteen minutes, and the secret used to sign it lives in the key management service, never in the repository.',
  'Authentication uses bearer tokens. Pass the token in the Authorization header; the access key identifies the caller and the secret access key signs the request.',
  'To rotate credentials, create the new key first, deploy it, then revoke the old one. Keep the previous secret for a grace period so in-flight jobs finish.',
];

const markdownLanguage: Language = {
  id: 'markdown',
  paths: ['README.md', 'docs/setup-{n}.md', 'docs/integrations/{n}.md'],
  multiline: true,
  render(assignments, rng) {
    const blocks = assignments.map((a): Segment[] => {
      const style = rng.pick(['bash', 'python', 'env'] as const);
      const statement = style === 'python' ? pythonStatement(a, rng) : style === 'bash' ? shellStatement(a, rng) : dotenvLine(a, rng, false);
      return lines([`Configure \`${a.name}\` before starting the service:`], [''], ['```' + (style === 'env' ? 'dotenv' : style)], statement, ['```'], ['']);
    });
    return lines(
      ['# Billing service'],
      [''],
      [negative(rng.pick(PROSE), 'prose')],
      [''],
      ['![architecture](', negative(`data:image/png;base64,${pngOutput(rng)}`, 'data-uri'), ')'],
      [''],
      ...blocks,
      [negative(rng.pick(PROSE), 'prose')],
      [''],
    );
  },
};


// ------------------------------------------------------------------------------------------------ beyond the list
// Common places for credentials that the issue does not name; they keep the corpus from being only the
// shapes the detector engineers were told about.

const propertiesLanguage: Language = {
  id: 'properties',
  paths: ['src/main/resources/application.properties', 'src/main/resources/application-{n}.properties'],
  multiline: false,
  render(assignments) {
    const entries = assignments.map((a): Segment[] => {
      const key = words(a.name).join(a.name.length % 2 === 0 ? '.' : '-').replace(/-/, '.');
      const v = a.value;
      if (v.kind === 'literal') return [`${key}=`, ...v.segments];
      return [`${key}=`, negative(`\${${a.name}}`, 'template')];
    });
    return lines(['# Spring Boot configuration'], ['server.port=8080'], ['spring.application.name=billing'], ...entries, ['']);
  },
};

const tomlLanguage: Language = {
  id: 'toml',
  paths: ['config.toml', 'settings/{n}.toml', '.streamlit/secrets.toml'],
  multiline: true,
  render(assignments, rng) {
    const sections = new Set<string>();
    const entries = assignments.map((a): Segment[] => {
      let section = a.format ? a.format.provider.replace(/[^a-z0-9]/g, '_') : snake(a.name);
      if (sections.has(section)) section = `${section}_${sections.size}`;
      sections.add(section);
      const key = !a.format || a.format.byContext ? snake(a.name) : rng.pick(['api_key', 'token', snake(a.name)]);
      const v = a.value;
      if (v.kind === 'literal') return lines([`[${section}]`], [`${key} = `, ...(v.multiline ? ['"""', ...v.segments, '"""'] : quoted(v, '"')), '\n']);
      return lines([`[${section}]`], [`${key} = "`, negative(`\${${a.name}}`, 'template'), '"\n']);
    });
    return lines(['title = "billing"'], [''], ...entries);
  },
};

const dotnetXmlLanguage: Language = {
  id: 'dotnet-xml',
  paths: ['Web.config', 'App.{n}.config'],
  multiline: false,
  render(assignments) {
    const entries = assignments.map((a): Segment[] => {
      const v = a.value;
      if (v.kind === 'literal') return [`    <add key="${pascal(a.name)}" value="`, ...mapText(v.segments, xmlEscape), '" />'];
      return [`    <add key="${pascal(a.name)}" value="`, negative(`#{${a.name}}#`, 'template'), '" />'];
    });
    return lines(['<?xml version="1.0" encoding="utf-8"?>'], ['<configuration>'], ['  <appSettings>'], ...entries, ['  </appSettings>'], ['</configuration>'], ['']);
  },
};

const phpLanguage: Language = {
  id: 'php',
  paths: ['config/services.php', 'wp-config-{n}.php'],
  multiline: false,
  render(assignments, rng) {
    const entries = assignments.map((a): Segment[] => {
      const v = a.value;
      switch (v.kind) {
        case 'env':
        case 'call':
          return [negative(`$${camel(a.name)} = getenv('${a.name}');`, 'env-lookup')];
        case 'template':
          return [`$${camel(a.name)} = '`, negative(`{{${snake(a.name)}}}`, 'template'), "';"];
        case 'literal':
          return rng.chance(0.5) ? [`define('${a.name}', `, ...quoted(v, "'"), ');'] : [`$config['${snake(a.name)}'] = `, ...quoted(v, "'"), ';'];
      }
    });
    return lines(['<?php'], [''], ['$config = [];'], ...entries, [''], ['return $config;'], ['']);
  },
};

export const LANGUAGES: readonly Language[] = [
  pythonLanguage,
  jsLanguage('typescript'),
  jsLanguage('javascript'),
  goLanguage,
  javaLanguage,
  rubyLanguage,
  composeLanguage,
  k8sSecretLanguage,
  k8sConfigMapLanguage,
  k8sDeploymentLanguage,
  ghActionsLanguage,
  yamlConfigLanguage,
  jsonLanguage,
  dotenvLanguage('dotenv'),
  dotenvLanguage('dotenv-example'),
  terraformLanguage,
  dockerfileLanguage,
  shellLanguage,
  notebookLanguage,
  markdownLanguage,
  propertiesLanguage,
  tomlLanguage,
  dotnetXmlLanguage,
  phpLanguage,
];
