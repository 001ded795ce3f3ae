/**
 * A one-line progress report on stderr for long runs: `extract: 120/3400 files · 85 files/s`.
 * Drawn only where a person watches it (the caller decides: stderr is a terminal, the data goes
 * elsewhere, no --quiet), redrawn at most every REDRAW_MS, and erased before any other message
 * and at the end, so stderr keeps only real messages.
 */
const REDRAW_MS = 100;
/** Runs that finish sooner never show a progress line. */
const FIRST_DRAW_MS = 300;

export class Progress {
  private done = 0;
  private drawn = false;
  private lastDraw: number;
  private readonly started: number;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly total: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    this.lastDraw = this.started + FIRST_DRAW_MS - REDRAW_MS;
  }

  /** `count` more inputs are finished. */
  tick(count = 1): void {
    this.done += count;
    const now = this.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.done / seconds) : 0;
    this.stream.write(`\r\x1b[2Kextract: ${this.done}/${this.total} files · ${rate} files/s`);
    this.drawn = true;
  }

  /** Erase the line, if one is shown. */
  clear(): void {
    if (!this.drawn) return;
    this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
