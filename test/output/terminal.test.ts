import { describe, expect, it } from 'vitest';
import { escapeForTerminal, escapeOneLine } from '../../src/output/terminal.js';

describe('escapeForTerminal', () => {
  it.each([
    ['plain “text”, café — ok', 'plain “text”, café — ok'],
    ['red \x1b[31mtext\x1b[0m', 'red \\x1b[31mtext\\x1b[0m'],
    ['bell\x07 and backspace\x08', 'bell\\x07 and backspace\\x08'],
    ['carriage\rreturn', 'carriage\\x0dreturn'],
    ['C1 CSI \u009b31m and DEL \x7f', 'C1 CSI \\x9b31m and DEL \\x7f'],
    ['bidi \u202eevil\u202c and isolate \u2066x\u2069', 'bidi \\u202eevil\\u202c and isolate \\u2066x\\u2069'],
    ['keeps\ttabs\nand lines', 'keeps\ttabs\nand lines'],
  ])('%j → %j', (input, expected) => {
    expect(escapeForTerminal(input)).toBe(expected);
  });

  it('escapeOneLine also escapes line breaks and tabs', () => {
    expect(escapeOneLine('a\nb\tc\u2028d\x1b')).toBe('a\\nb\\tc\\u2028d\\x1b');
  });
});
