/**
 * Session cookies in pasted requests: "Copy as cURL", HAR excerpts and raw HTTP carry the
 * browser's login in a Cookie or Set-Cookie header, and anyone holding it can replay it. Only the
 * pairs of such a header are read (a `; name=value` elsewhere is code or shell), only cookies named
 * like a session, and only values that look like one: analytics, consent, redirect and preference
 * cookies share those names often enough ("_uetsid", "next-auth.callback-url", "sessionExpiry").
 */
import type { Finding } from './types';
import { shannonEntropy } from './entropy';
import { isPlaceholder } from './placeholder';

/**
 * A Cookie or Set-Cookie header, as a header line, a cURL -H/-b/--cookie argument or a JSON/HAR field;
 * its pairs follow. The pass runs only when the text says "cookie" or "curl" (the secrets family's
 * keyword gate): `curl -b '…'` is the one form that never says "cookie".
 */
const COOKIE_HEADER_RE = /(?<![A-Za-z0-9_-])(?:(?:set-)?cookie["']?[ \t]{0,4}[:=][ \t]{0,4}|cookie["']?[ \t]{0,4},[ \t]{0,4}["']value["'][ \t]{0,4}:[ \t]{0,4}|(?:-b|--cookie)[ \t]{1,4})["']?/gi;
/** One pair, up to the separator, the end of the header's line or its closing quote. */
const PAIR_AT = /[ \t]{0,2}([A-Za-z0-9_.%$!#&*+^`|~-]{1,80})=([^;\s'"<>,)\]}`\\]{0,4000})[ \t]{0,2}(;?)/y;
/** Names that say session or login, as a word of the name ("sessionid", "connect.sid", "__Secure-next-auth.session-token", "wordpress_logged_in_…"). */
const SESSION_NAME = /(?:^|[_.-])(?:sess(?:ion)?(?:id|_?key|_?token)?|[a-z]*sid|auth(?:[_.-]?token)?|(?:access|refresh|id|session|auth)[_.-]?token|jwt|remember(?:[_.-]?me|[_.-]?token)?|logged[_.-]?in|sso)(?:$|[_.-])|^(?:sid|sessionid|phpsessid|jsessionid|aspsessionid[a-z]*|asp\.net_sessionid|laravel_session|_session_id|connect\.sid|remember_token|auth_token|access_token|refresh_token)$/i;
/** Trackers, consent, redirects, hints and flags that carry those words without being a login. */
const NOT_SESSION_NAME = /^_(?:ga|gid|gat|gcl|uet|hj|pin|fbp|fbc|clck|clsk|ym|dc)|^s_(?:sess|pers|cc|sq|vi|fid)$|stripe|callback|redirect|return|hint|expir|provider|rollout|consent|tracking|sidebar|csrf|xsrf|amp_token|theme|locale|lang|_state$/i;
/** Values that are not a session even under a session's name: URLs, timestamps, e-mails, lists, JSON, encoded key=value text. */
const NOT_SESSION_VALUE = /^(?:https?(?::|%3A)|%2F|%20|\/)|^\d{4}-\d{2}-\d{2}|@|%40|\||%3D[^%]|^(?:%7B|%5B|\{|\[)|^(?:true|false|null|undefined|deleted|expired)$/i;

export const COOKIE_KEYWORDS: readonly string[] = ['cookie', 'curl'];

export function findSessionCookies(text: string): Finding[] {
  const out: Finding[] = [];
  COOKIE_HEADER_RE.lastIndex = 0;
  for (let header = COOKIE_HEADER_RE.exec(text); header !== null; header = COOKIE_HEADER_RE.exec(text)) {
    let at = header.index + header[0].length;
    for (let pairs = 0; pairs < 100; pairs++) {
      PAIR_AT.lastIndex = at;
      const pair = PAIR_AT.exec(text);
      if (!pair) break;
      const [, name, value, separator] = pair;
      if (isSessionPair(name!, value!)) {
        const start = pair.index + pair[0].indexOf('=') + 1;
        out.push({ type: 'session_cookie', category: 'secret', start, end: start + value!.length, severity: 'high', confidence: 0.8 });
      }
      at = PAIR_AT.lastIndex;
      if (separator !== ';') break;
    }
    COOKIE_HEADER_RE.lastIndex = Math.max(COOKIE_HEADER_RE.lastIndex, at);
  }
  return out;
}

function isSessionPair(name: string, value: string): boolean {
  if (!SESSION_NAME.test(name) || NOT_SESSION_NAME.test(name)) return false;
  if (value.length < 20 || NOT_SESSION_VALUE.test(value) || isPlaceholder(value)) return false;
  return shannonEntropy(value) >= 3.2;
}
