import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk: Buffer, _encoding, done) { chunks.push(chunk.toString()); done(); } });
  return { stream, text: () => chunks.join('') };
}

describe('Progress', () => {
  it('draws nothing for a run that ends quickly', () => {
    let now = 1000;
    const out = sink();
    const progress = new Progress(out.stream, 3, () => now);
    for (let i = 0; i < 3; i++) {
      now += 50;
      progress.tick();
    }
    progress.clear();
    expect(out.text()).toBe('');
  });

  it('redraws one line at most every 100 ms, with count and rate, and erases it', () => {
    let now = 0;
    const out = sink();
    const progress = new Progress(out.stream, 100, () => now);
    for (let i = 0; i < 20; i++) {
      now += 40; // 25 files/s
      progress.tick();
    }
    const draws = out.text().split('\r\x1b[2K').filter(Boolean);
    expect(draws.length).toBeGreaterThan(3);
    expect(draws.length).toBeLessThan(10);
    expect(draws.at(-1)).toBe('extract: 20/100 files · 25 files/s');
    progress.clear();
    expect(out.text().endsWith('\r\x1b[2K')).toBe(true);
    progress.clear(); // nothing more to erase
    expect(out.text().endsWith('files/s\r\x1b[2K')).toBe(true);
  });
});
