// `keyguard.*` settings: their shape, defaults (the same as package.json's), validation of what the client
// sends, and a per-resource cache that is dropped whenever the configuration changes.

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

export interface KeyGuardSettings {
  readonly enable: boolean;
  readonly severity: SeverityName;
  /** Severity for files under test or fixture folders; `same` uses `severity`. */
  readonly testFolderSeverity: SeverityName | 'same';
  /** Globs relative to the workspace folder; matching files are neither scanned nor reported when open. */
  readonly exclude: readonly string[];
  readonly maxFileSizeKB: number;
  readonly fix: { readonly writeDotEnv: boolean };
}

export const DEFAULT_SETTINGS: KeyGuardSettings = {
  enable: true,
  severity: 'warning',
  testFolderSeverity: 'same',
  exclude: ['**/node_modules/**', '**/.venv/**', '**/venv/**', '**/__pycache__/**'],
  maxFileSizeKB: 1024,
  fix: { writeDotEnv: true },
};

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint'];

/** Settings from untrusted JSON: each field that is missing or of the wrong type falls back to its default. */
export function normalizeSettings(raw: unknown): KeyGuardSettings {
  const value = isRecord(raw) ? raw : {};
  const fix = isRecord(value.fix) ? value.fix : {};
  const writeDotEnv = fix.writeDotEnv;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    severity: isSeverity(value.severity) ? value.severity : DEFAULT_SETTINGS.severity,
    testFolderSeverity:
      value.testFolderSeverity === 'same' || isSeverity(value.testFolderSeverity)
        ? value.testFolderSeverity
        : DEFAULT_SETTINGS.testFolderSeverity,
    exclude: Array.isArray(value.exclude)
      ? value.exclude.filter((glob): glob is string => typeof glob === 'string' && glob !== '')
      : DEFAULT_SETTINGS.exclude,
    maxFileSizeKB:
      typeof value.maxFileSizeKB === 'number' && Number.isFinite(value.maxFileSizeKB) && value.maxFileSizeKB > 0
        ? value.maxFileSizeKB
        : DEFAULT_SETTINGS.maxFileSizeKB,
    fix: { writeDotEnv: typeof writeDotEnv === 'boolean' ? writeDotEnv : DEFAULT_SETTINGS.fix.writeDotEnv },
  };
}

export function maxFileSizeBytes(settings: KeyGuardSettings): number {
  return Math.floor(settings.maxFileSizeKB * 1024);
}

function isSeverity(value: unknown): value is SeverityName {
  return typeof value === 'string' && SEVERITIES.includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Settings per resource URI. With `workspace/configuration` each resource is asked once and cached until
 * `clear()`; without it, every resource gets the global settings last pushed by `didChangeConfiguration`.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<KeyGuardSettings>>();
  private global: KeyGuardSettings = DEFAULT_SETTINGS;

  constructor(private readonly fetch: ((scopeUri: string | undefined) => Promise<unknown>) | undefined) {}

  get(scopeUri: string | undefined): Promise<KeyGuardSettings> {
    if (!this.fetch) return Promise.resolve(this.global);
    const key = scopeUri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      // A failed request is not cached: the next document asks again.
      settings = this.fetch(scopeUri).then(normalizeSettings, () => {
        this.cache.delete(key);
        return DEFAULT_SETTINGS;
      });
      this.cache.set(key, settings);
    }
    return settings;
  }

  /** Drops the cache; `pushed` is the `keyguard` section a client without `workspace/configuration` sent. */
  clear(pushed?: unknown): void {
    this.cache.clear();
    if (!this.fetch && pushed !== undefined) this.global = normalizeSettings(pushed);
  }
}
