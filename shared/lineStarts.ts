// Line boundaries of one text, found once: minified files have megabyte-long lines, so per-offset
// lastIndexOf/indexOf calls would make per-finding work grow with the line.

/** Line boundaries by binary search over newline offsets. */
export class LineStarts {
  private readonly newlines: number[] = [];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.newlines.push(i);
  }

  /** Offset of the first character of the line containing `offset`. */
  startOf(offset: number): number {
    const index = this.lastNewlineBefore(offset);
    return index < 0 ? 0 : this.newlines[index] + 1;
  }

  /** Offset of the newline ending the line containing `offset` (or the text's end). */
  endOf(offset: number): number {
    const next = this.newlines[this.lastNewlineBefore(offset) + 1];
    return next === undefined ? this.text.length : next;
  }

  /** Index of the last newline at an offset below `offset`, or -1. */
  private lastNewlineBefore(offset: number): number {
    let low = 0;
    let high = this.newlines.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.newlines[middle] < offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }
}
