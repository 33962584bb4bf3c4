// Builds the labelled corpus: every format placed several times across file kinds, each file mixed with
// hard negatives, plus files that hold only look-alikes (lockfiles, stylesheets, changelogs, notebooks).
// Deterministic for a seed.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { flatten, type NegativeLabel, type PositiveLabel, type Segment } from './doc';
import { FORMATS, type SecretFormat } from './formats';
import { LANGUAGES, type Language } from './languages';
import { Rng } from './rng';
import * as special from './specialFiles';
import { lookAlike, namesFor, negativeLiteral, placeholderFor, positiveValue, type Assignment } from './values';

export interface CorpusOptions {
  readonly seed: string;
  /** File kinds to write (default: the main corpus's); special files only come with the default. */
  readonly languages?: readonly Language[];
  /** Prefix for every path, to keep a second corpus apart in the same folder. */
  readonly pathPrefix?: string;
  /** How many times each format is placed (each in a different kind of file where possible). */
  readonly placementsPerFormat: number;
  readonly projects: number;
}

export const DEFAULT_OPTIONS: CorpusOptions = { seed: 'keyguard-bench-v1', placementsPerFormat: 12, projects: 24 };

export interface CorpusFile {
  readonly path: string;
  readonly text: string;
  readonly language: string;
}

export interface Corpus {
  readonly files: CorpusFile[];
  readonly positives: PositiveLabel[];
  readonly negatives: NegativeLabel[];
}

const PROJECT_NAMES = ['billing-api', 'rag-chatbot', 'infra-live', 'mobile-backend', 'data-pipeline', 'support-agent', 'web-shop', 'ml-platform'];

interface FileDraft {
  readonly project: string;
  readonly language: Language;
  readonly assignments: Assignment[];
}

function compatibleLanguages(format: SecretFormat, languages: readonly Language[]): Language[] {
  return languages.filter((l) => (format.multiline ? l.multiline : true));
}

function negativeAssignment(rng: Rng, nearFormat: SecretFormat | undefined, language: Language): Assignment {
  const format = nearFormat ?? rng.pick(FORMATS);
  const name = rng.pick(namesFor(format));
  const roll = rng.next();
  if (language.id === 'dotenv-example' && roll < 0.5) return { name, value: { kind: 'env' } }; // renders `NAME=`
  if (roll < 0.3) return { name, value: negativeLiteral(placeholderFor(format, rng), 'placeholder'), format };
  if (roll < 0.45) return { name, value: { kind: 'env' } };
  if (roll < 0.55) return { name, value: { kind: 'call' } };
  if (roll < 0.7) return { name, value: { kind: 'template' } };
  const alike = lookAlike(rng);
  return { name: alike.name, value: alike.value };
}

/** Chooses, for each placement of a format, a language, cycling so every format meets many file kinds. */
function placements(rng: Rng, perFormat: number, allowed: readonly Language[]): Map<Language, { format: SecretFormat }[]> {
  const byLanguage = new Map<Language, { format: SecretFormat }[]>();
  FORMATS.forEach((format) => {
    const languages = rng.shuffle(compatibleLanguages(format, allowed));
    if (languages.length === 0) return; // e.g. PEM blocks in a set of single-line file kinds
    for (let i = 0; i < perFormat; i++) {
      const language = languages[i % languages.length];
      const list = byLanguage.get(language) ?? [];
      list.push({ format });
      byLanguage.set(language, list);
    }
  });
  return byLanguage;
}

function draftFiles(rng: Rng, options: CorpusOptions, projects: string[]): FileDraft[] {
  const drafts: FileDraft[] = [];
  const allowed = options.languages ?? LANGUAGES;
  for (const [language, list] of placements(rng.fork('placements'), options.placementsPerFormat, allowed)) {
    const queue = rng.shuffle(list);
    while (queue.length > 0) {
      const take = queue.splice(0, rng.int(1, 3));
      const assignments: Assignment[] = take.map(({ format }) => ({ name: rng.pick(namesFor(format)), value: positiveValue(format, rng), format }));
      const negatives = rng.int(1, 4);
      for (let i = 0; i < negatives; i++) assignments.push(negativeAssignment(rng, rng.chance(0.6) ? rng.pick(take).format : undefined, language));
      drafts.push({ project: rng.pick(projects), language, assignments: rng.shuffle(uniqueNames(assignments, rng)) });
    }
  }
  // Files with nothing to find: precision is measured where a tool has every chance to be wrong.
  for (const language of allowed) {
    for (let f = 0; f < 3; f++) {
      const assignments = Array.from({ length: rng.int(4, 8) }, () => negativeAssignment(rng, undefined, language));
      drafts.push({ project: rng.pick(projects), language, assignments: uniqueNames(assignments, rng) });
    }
  }
  return drafts;
}

/** YAML, JSON and .env files may not repeat a key: a second use gets an environment prefix, as in real configs. */
function uniqueNames(assignments: Assignment[], rng: Rng): Assignment[] {
  const seen = new Set<string>();
  return assignments.map((a) => {
    let name = a.name;
    for (const prefix of rng.shuffle(['STAGING_', 'LEGACY_', 'FALLBACK_', 'BACKUP_', 'EU_', 'US_', 'SANDBOX_'])) {
      if (!seen.has(name)) break;
      name = prefix + a.name;
    }
    seen.add(name);
    return name === a.name ? a : { ...a, name };
  });
}

function specialFiles(rng: Rng, project: string, index: number): special.SpecialFile[] {
  const files: special.SpecialFile[] = [special.packageLock(rng), special.gitHistoryDoc(rng), special.preCommitConfig(rng)];
  if (index % 2 === 0) files.push(special.yarnLock(rng), special.stylesheet(rng));
  if (index % 2 === 1) files.push(special.poetryLock(rng), special.goSum(rng), special.themeTs(rng));
  if (index % 3 === 0) files.push(special.publicKeys(rng), special.gcpServiceAccount(rng));
  if (index % 4 === 1) files.push(special.keyFile(rng, rng.pick(['rsa-private-key', 'openssh-private-key', 'ec-private-key'] as const)));
  if (index % 6 === 2) files.push(special.minifiedBundle(rng));
  if (index % 4 === 3) files.push(special.awsCredentialsFile(rng), special.npmrcWithEnv());
  if (index % 5 === 0) files.push(special.npmrc(rng), special.pypirc(rng));
  if (index % 5 === 2) files.push(special.gitCredentials(rng));
  void project;
  return files;
}

export function generateCorpus(options: CorpusOptions = DEFAULT_OPTIONS): Corpus {
  const rng = new Rng(options.seed);
  const projects = Array.from({ length: options.projects }, (_, i) => `${String(i).padStart(2, '0')}-${PROJECT_NAMES[i % PROJECT_NAMES.length]}`);
  const files: CorpusFile[] = [];
  const positives: PositiveLabel[] = [];
  const negatives: NegativeLabel[] = [];
  const used = new Set<string>();

  const add = (path: string, language: string, segments: Segment[]): void => {
    let unique = path;
    for (let n = 2; used.has(unique); n++) unique = path.replace(/(\.[^./]+)?$/, (ext) => `-${n}${ext}`);
    used.add(unique);
    const flat = flatten(unique, segments);
    files.push({ path: unique, text: flat.text, language });
    positives.push(...flat.positives);
    negatives.push(...flat.negatives);
  };

  const prefix = options.pathPrefix ?? '';
  for (const draft of draftFiles(rng.fork('drafts'), options, projects)) {
    const path = rng.pick(draft.language.paths).replace('{n}', rng.string('lowerDigits', 3));
    add(`${prefix}${draft.project}/${path}`, draft.language.id, draft.language.render(draft.assignments, rng));
  }
  if (!options.languages) {
    const specialRng = rng.fork('special');
    projects.forEach((project, index) => {
      for (const file of specialFiles(specialRng, project, index)) add(`${prefix}${project}/${file.path}`, 'special', file.segments);
    });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, positives, negatives };
}

export function writeCorpus(corpus: Corpus, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const file of corpus.files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}
