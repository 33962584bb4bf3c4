// Offset → line/column for reports. Lines end at \n, \r\n or a lone \r (as in LSP and SARIF); columns count
// UTF-16 code units, which is what JavaScript string offsets and LSP/SARIF's default column kind are.
// Not shared/lineStarts.ts: the scanner's lines end at \n only, so a lone \r would give other line numbers
// than the editor (the server uses the LSP library's positionAt, which this matches).

/** Zero-based line and character, like an LSP Position. */
export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is 0. */
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        starts.push(i + 1);
      } else if (code === 0x0a) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Position of `offset`, clamped to the text. */
  position(offset: number): LinePosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    // Last line whose start is <= offset.
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }
}
