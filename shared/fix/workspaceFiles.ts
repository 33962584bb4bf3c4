// Reads what planMoveToEnv needs from a workspace-folder root: the three files and what git makes of them.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isIgnoredByGit } from '../git/ignoreRules';
import { isTrackedByGit } from '../git/indexFile';
import { isInsideGitRepository } from '../git/repository';
import type { WorkspaceFilesState } from './types';

export interface WorkspaceFilesReport extends WorkspaceFilesState {
  /**
   * `.env` is already committed (in git's index): `.gitignore` cannot keep it out of the next commit, so
   * callers should plan with `writeDotEnv: false` and tell the user. Undefined when it cannot be told.
   */
  readonly dotEnvTrackedByGit: boolean | undefined;
}

export async function readWorkspaceFilesState(folderRoot: string): Promise<WorkspaceFilesReport> {
  const [dotEnv, dotEnvExample, gitignore, isGitRepository, dotEnvIgnoredByGit, dotEnvExampleIgnoredByGit, dotEnvTrackedByGit] =
    await Promise.all([
      readIfPresent(path.join(folderRoot, '.env')),
      readIfPresent(path.join(folderRoot, '.env.example')),
      readIfPresent(path.join(folderRoot, '.gitignore')),
      isInsideGitRepository(folderRoot),
      isIgnoredByGit(folderRoot, '.env'),
      isIgnoredByGit(folderRoot, '.env.example'),
      isTrackedByGit(folderRoot, '.env'),
    ]);
  return { dotEnv, dotEnvExample, gitignore, isGitRepository, dotEnvIgnoredByGit, dotEnvExampleIgnoredByGit, dotEnvTrackedByGit };
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}
