// Errors for the log without their message: a message may quote the text being scanned (and so a secret).

/** `TypeError at <frame>; <frame>`: the kind of error and where it happened, never what it said. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 3)
    .map((line) => line.trim().slice(3));
  return frames.length > 0 ? `${error.name} at ${frames.join('; ')}` : error.name;
}
