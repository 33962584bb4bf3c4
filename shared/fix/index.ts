// Public API of the fix planner: pure functions from text (and the folder's env files) to edits, plus the
// file-system readers that gather that state (workspace files; gitignore and git index from shared/git).

export type { EnvFileName, FileEdit, MoveToEnvPlan, TextEdit, WorkspaceFilesState } from './types';
export { planMoveToEnv, type MoveToEnvInput } from './moveToEnv';
export { planIgnoreComment, ALLOW_MARKER, ALLOW_NEXT_LINE_MARKER } from './ignoreComment';
export { deriveEnvVarName, isValidEnvVarName } from './naming';
export { applyTextEdits } from './textEdits';
export { LANGUAGES, languageSpec, type LanguageSpec } from './languages';
export { isIgnoredByGit } from '../git/ignoreRules';
export { isInsideGitRepository, findGitRoot } from '../git/repository';
export { isTrackedByGit } from '../git/indexFile';
export { readEnvFileText, readWorkspaceFilesState, type EnvFileReader, type WorkspaceFilesReport } from './workspaceFiles';
