// The built deck's Content-Security-Policy: only its own scripts (no remote script, no eval, no
// inline event handlers), its own styles, fonts and images (data: for the inlined ones), and no
// connections. Inline scripts are allowed by hash only: the single file's bundle, and the speaker
// view's script, which reveal.js writes into an about:blank popup that inherits this policy.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';

export function sha256Source(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = inlineScripts.map(sha256Source).join(' ');
  return [
    "default-src 'self'",
    `script-src 'self'${hashes ? ` ${hashes}` : ''}`,
    // reveal.js lays slides out with style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const RE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The text of each inline `<script>` in slide HTML, as the browser hashes it (raw, between the
 * tags). Only used when deck.yaml sets `allowScripts: true`: the policy then names exactly these
 * scripts, so they run and nothing else does. A `<script src>` is left to 'self' (a file beside
 * the page); a remote one stays refused.
 */
export function inlineScriptsOf(html: string): string[] {
  return [...html.matchAll(RE_SCRIPT)].filter((m) => !/\ssrc\s*=/i.test(m[1]!)).map((m) => m[2]!);
}

/** Puts the policy in the page's head, replacing an earlier one. */
export function withContentSecurityPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const cleaned = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  return cleaned.replace(/<meta charset="utf-8">/i, (charset) => `${charset}\n    ${meta}`);
}

let speakerScript: string | undefined;

/**
 * The inline script of reveal.js's speaker view, as the notes plugin writes it into its popup.
 * Read from the installed plugin so the hash always matches the version that is bundled.
 */
export function speakerViewScript(): string {
  if (speakerScript !== undefined) return speakerScript;
  const path = createRequire(import.meta.url).resolve('reveal.js/plugin/notes');
  const source = readFileSync(path.replace(/\.js$/, '.mjs'), 'utf8');
  const literal = /document\.write\(("(?:[^"\\]|\\.)*")\)/.exec(source)?.[1];
  if (!literal)
    throw new Error(`cannot find the speaker view page in ${path}: the reveal.js notes plugin changed; update speakerViewScript()`);
  // The regex matched exactly one JS string literal (raw tabs, \xA0 …): evaluate just that literal.
  const page = runInNewContext(literal) as string;
  const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1];
  if (script === undefined) throw new Error('the speaker view page has no inline script: update speakerViewScript()');
  speakerScript = script;
  return script;
}
