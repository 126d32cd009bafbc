// Talk length: the time the notes take to say, against the `duration` in deck.yaml. Running over
// by more than 10 % is already reported by the renderer (rule "pacing"); a talk far shorter than
// its slot is reported here.

import type { Diagnostic } from '../diagnostics.js';
import type { DeckConfig } from '../parse/model.js';

/** Below this share of the slot, the notes leave too much unsaid. */
export const SHORT_TALK_RATIO = 0.8;

export interface TalkLength {
  seconds: number;
  budgetSeconds: number;
  /** One line for the end of the report: `talk: 19 min 40 s from the notes, for a 20-minute slot (98 %)`. */
  summary: string;
  diagnostics: Diagnostic[];
}

export function formatMinutes(seconds: number): string {
  const minutes = Math.floor(Math.round(seconds) / 60);
  const rest = Math.round(seconds) % 60;
  if (minutes === 0) return `${rest} s`;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

/** The line of `key:` at the top level of a YAML text, or 1 when it is not written. */
export function yamlKeyLine(yamlText: string, key: string): number {
  const index = yamlText.split(/\r\n?|\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? 1 : index + 1;
}

export function checkTalkLength(totalSeconds: number, config: DeckConfig, configFile: { path: string; text: string }): TalkLength {
  const budgetSeconds = config.duration * 60;
  const share = Math.round((totalSeconds / budgetSeconds) * 100);
  const summary = `talk: ${formatMinutes(totalSeconds)} from the notes, for a ${config.duration}-minute slot (${share} %)`;
  const diagnostics: Diagnostic[] = [];
  if (totalSeconds < budgetSeconds * SHORT_TALK_RATIO) {
    diagnostics.push({
      file: configFile.path,
      line: yamlKeyLine(configFile.text, 'duration'),
      column: 1,
      severity: 'warning',
      ruleId: 'talk-length',
      message: `the notes fill only ${formatMinutes(totalSeconds)} of the ${config.duration}-minute slot (${share} %)`,
      hint: 'write fuller notes, or lower "duration"',
    });
  }
  return { seconds: totalSeconds, budgetSeconds, summary, diagnostics };
}
