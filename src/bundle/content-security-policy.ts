// The built deck's Content-Security-Policy: only its own scripts (no remote script, no eval, no
// inline event handlers), its own styles, fonts and images (data: for the inlined ones), and no
// connections. Inline scripts are allowed by hash only: the single file's bundle (and a slide's own,
// with allowScripts). The speaker view builds its popup from the opener and needs no script there.

import { createHash } from 'node:crypto';

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
