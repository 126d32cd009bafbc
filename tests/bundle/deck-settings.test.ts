// The deck's settings as the client reads them, and the key the dev server names a state of the
// deck by: equal for the same deck, another for any edit of a slide or a setting.

import { describe, expect, it } from 'vitest';
import { DECK_SETTINGS_ID } from '../../src/client/client-deck.js';
import { deckSettingsElement, devDeckOf } from '../../src/bundle/deck-settings.js';
import { FONT_FAMILY } from '../../src/fonts/font-face-css.js';
import { buildDeck } from '../../src/pipeline.js';

const CONFIG = 'title: 测试</script><b>\nauthor: 测试\nslug: t\nduration: 4\n';
const deckOf = (config: string, slide: string) =>
  buildDeck({ path: 'deck.yaml', text: config }, [{ path: '01-a.md', text: slide }]);

describe('#devDeckOf', () => {
  it('carries the slides and the settings, keyed the same for the same deck and otherwise for an edit', () => {
    const deck = devDeckOf(deckOf(CONFIG, '## 第一页\n\n---\n\n## 第二页\n'));
    expect(deck.settings).toMatchObject({ title: '测试</script><b>', fontFamily: FONT_FAMILY, defaultTiming: 120 });
    expect(deck.settings.html).toContain('第二页');
    expect(devDeckOf(deckOf(CONFIG, '## 第一页\n\n---\n\n## 第二页\n')).key).toBe(deck.key);
    expect(devDeckOf(deckOf(CONFIG, '## 第一页\n\n---\n\n## 第二页。\n')).key).not.toBe(deck.key);
    expect(devDeckOf(deckOf(CONFIG.replace('duration: 4', 'duration: 6'), '## 第一页\n\n---\n\n## 第二页\n')).key).not.toBe(deck.key);
  });
});

describe('#deckSettingsElement', () => {
  it('writes the settings as JSON the page cannot be closed by, without the slides', () => {
    const element = deckSettingsElement(deckOf(CONFIG, '## 第一页\n'));
    const json = new RegExp(`^<script type="application/json" id="${DECK_SETTINGS_ID}">(.*)</script>$`).exec(element)![1]!;
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ width: 1280, height: 720, title: '测试</script><b>', fontFamily: FONT_FAMILY, defaultTiming: 240 });
  });
});
