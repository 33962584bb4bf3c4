// Shapes of the fix planner's output. Offsets always refer to the CURRENT text of the file they edit.

import type { Finding, OffsetRange } from '../types';

export type { Finding, OffsetRange };

export interface TextEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

export type EnvFileName = '.env' | '.env.example' | '.gitignore';

/** Edits to a file at the workspace-folder root. `create` means the file is missing and its current content is ''. */
export interface FileEdit {
  readonly fileName: EnvFileName;
  readonly create: boolean;
  readonly edits: readonly TextEdit[];
}

/** The files at the workspace-folder root, read by the caller (the planner itself touches no file system). */
export interface WorkspaceFilesState {
  /** Content of `.env`; undefined when the file is missing. */
  readonly dotEnv?: string;
  readonly dotEnvExample?: string;
  readonly gitignore?: string;
  readonly dotEnvIgnoredByGit: boolean;
  readonly dotEnvExampleIgnoredByGit: boolean;
  readonly isGitRepository: boolean;
}

export interface MoveToEnvPlan {
  readonly envVar: string;
  /** Edits to the document that holds the secret. */
  readonly sourceEdits: readonly TextEdit[];
  readonly fileEdits: readonly FileEdit[];
}
