// The words each command takes: parsed with node:util, an unknown one refused with a short reason.

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCheckArguments } from '../../src/commands/check.js';
import { parsePdfArguments } from '../../src/commands/pdf.js';
import { deckFolder, PROJECT_ROOT, parseCommandArgs, UsageError } from '../../src/commands/run-command.js';

describe('#parseCommandArgs', () => {
  it('takes one deck folder at most, and refuses an unknown option by name', () => {
    expect(parseCommandArgs(['talk'], {}).deckDir).toBe('talk');
    expect(parseCommandArgs([], {}).deckDir).toBeUndefined();
    expect(() => parseCommandArgs(['a', 'b'], {})).toThrow(new UsageError('one deck folder at most, got 2: a b'));
    expect(() => parseCommandArgs(['--fast'], {})).toThrow(new UsageError('unknown option --fast'));
  });
});

describe('#deckFolder', () => {
  it('is slides/ of the project unless a folder is given, which is taken from the working directory', () => {
    expect(deckFolder(undefined)).toBe(resolve(PROJECT_ROOT, 'slides'));
    expect(deckFolder('talk/slides')).toBe(resolve('talk/slides'));
  });
});

describe('#parseCheckArguments', () => {
  it('takes a deck folder and --no-browser in any order, and refuses anything else', () => {
    expect(parseCheckArguments([])).toEqual({ browser: true });
    expect(parseCheckArguments(['--no-browser', 'talk/slides'])).toEqual({ browser: false, slidesDir: 'talk/slides' });
    expect(parseCheckArguments(['--font-cache-dir', 'cache'])).toEqual({ browser: true, fontCacheDir: resolve('cache') });
    expect(() => parseCheckArguments(['--browser'])).toThrow(UsageError);
    expect(() => parseCheckArguments(['a', 'b'])).toThrow(UsageError);
  });
});

describe('#parsePdfArguments', () => {
  it('takes --separate-fragments and a deck folder, and refuses a misspelt option', () => {
    expect(parsePdfArguments([])).toEqual({ separateFragments: false });
    expect(parsePdfArguments(['--separate-fragments', 'talk'])).toEqual({ separateFragments: true, slidesDir: 'talk' });
    expect(parsePdfArguments(['talk', '--out-dir', 'out'])).toEqual({ separateFragments: false, slidesDir: 'talk', outDir: 'out' });
    expect(() => parsePdfArguments(['--seperate-fragments'])).toThrow(new UsageError('unknown option --seperate-fragments'));
    expect(parsePdfArguments(['--per-page', '3'])).toEqual({ separateFragments: false, handoutPerPage: 3 });
    expect(() => parsePdfArguments(['--per-page', '4'])).toThrow(
      new UsageError('--per-page takes 2 or 3 (slides on a handout page), got "4"'),
    );
  });

  it('takes --only slides or --only notes (one PDF), and names the two when given another', () => {
    expect(parsePdfArguments(['--only', 'slides'])).toEqual({ separateFragments: false, only: 'slides' });
    expect(parsePdfArguments(['--only=notes', 'talk'])).toEqual({ separateFragments: false, slidesDir: 'talk', only: 'notes' });
    expect(() => parsePdfArguments(['--only', 'handout'])).toThrow(new UsageError('--only takes slides or notes, not "handout"'));
  });
});
