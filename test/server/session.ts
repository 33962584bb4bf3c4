// Per-test server sessions: a fresh workspace and a fresh server; after each test both are torn down and
// the server's output (log messages, stderr) is checked for every key the test generated.

import * as assert from 'node:assert/strict';
import { TestClient, type StartOptions } from './client';
import { leakedKeyIndexes, TestWorkspace } from './workspace';

export interface Session {
  readonly workspace: TestWorkspace;
  readonly client: TestClient;
}

export interface SessionOptions extends Omit<Partial<StartOptions>, 'folders'> {
  /** Workspace folders (default: the workspace root alone). */
  readonly folders?: (workspace: TestWorkspace) => readonly string[];
  /** Writes files before the server starts. */
  readonly setup?: (workspace: TestWorkspace) => void;
}

/** Call inside a `describe`: returns `start()`; everything it starts is stopped and leak-checked after each test. */
export function serverSessions(): (label: string, options?: SessionOptions) => Promise<Session> {
  let started: Session[] = [];
  afterEach(async function () {
    const sessions = started;
    started = [];
    for (const { client, workspace } of sessions) {
      await client.stop();
      const leaked = leakedKeyIndexes(client.outputLines(), workspace.keys);
      workspace.dispose();
      assert.deepEqual(leaked, [], 'no generated key appears in the server output (log messages, stderr)');
    }
  });
  return async (label, options = {}) => {
    const workspace = new TestWorkspace(label);
    options.setup?.(workspace);
    const client = await TestClient.start({ ...options, folders: options.folders?.(workspace) ?? [workspace.root] });
    const session = { workspace, client };
    started.push(session);
    return session;
  };
}
