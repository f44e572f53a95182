import type { Locale } from '../types.js';

const UNITS: readonly { seconds: number; en: [string, string]; zh: string }[] = [
  { seconds: 31536000, en: ['year', 'years'], zh: '年' },
  { seconds: 86400, en: ['day', 'days'], zh: '天' },
  { seconds: 3600, en: ['hour', 'hours'], zh: '小时' },
  { seconds: 60, en: ['minute', 'minutes'], zh: '分钟' },
  { seconds: 1, en: ['second', 'seconds'], zh: '秒' },
];

/**
 * A duration in words, with at most two units: `1 hour`, `1 day 2 hours`,
 * `90 seconds` stays `1 minute 30 seconds`; zh-CN: `1 小时`, `1 天 2 小时`.
 * Fractions of a second are dropped; the cap 2^31 reads `68 years 35 days`.
 */
export function humanizeDuration(seconds: number, locale: Locale = 'en'): string {
  const whole = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const memo = locale === 'zh-CN' ? MEMO_ZH : MEMO_EN;
  const known = memo.get(whole);
  if (known !== undefined) return known;
  const text = compose(whole, locale);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(whole, text);
  return text;
}

const MEMO_LIMIT = 4096;
const MEMO_EN = new Map<number, string>();
const MEMO_ZH = new Map<number, string>();

function compose(whole: number, locale: Locale): string {
  let rest = whole;
  if (rest === 0) return locale === 'zh-CN' ? '0 秒' : '0 seconds';
  const parts: string[] = [];
  for (const unit of UNITS) {
    if (parts.length === 2) break;
    const n = Math.floor(rest / unit.seconds);
    if (n > 0) {
      parts.push(locale === 'zh-CN' ? `${n} ${unit.zh}` : `${n} ${n === 1 ? unit.en[0] : unit.en[1]}`);
      rest -= n * unit.seconds;
    } else if (parts.length > 0) break;
  }
  return parts.join(' ');
}
