import { mdn, type FieldDefinition } from './types.js';

const UA_CH = 'https://wicg.github.io/ua-client-hints/';
const CH_INFRA = 'https://wicg.github.io/client-hints-infrastructure/';
const NETINFO = 'https://wicg.github.io/netinfo/';
/** The unprefixed image hints (DPR, Width, Viewport-Width) come from the drafts before RFC 8942 moved them out. */
const EARLY_DRAFT = 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-client-hints-06';

/**
 * Client Hints (RFC 8942 and the WICG specifications built on it). None of these is in
 * the IANA registry; browsers send most of them only after `Accept-CH` asks for them.
 */
export const clientHintFields: readonly FieldDefinition[] = [
  {
    name: 'Sec-CH-UA', status: 'nonstandard', appearsIn: 'request', list: true, structuredType: 'list',
    specUrl: 'https://wicg.github.io/ua-client-hints/#sec-ch-ua', mdnUrl: mdn('Sec-CH-UA'),
    summary: { en: 'User-Agent Client Hint: browser brands and major versions.', 'zh-CN': 'User-Agent 客户端提示：浏览器品牌与主版本。' },
    docs: 'User-Agent Client Hints (a WICG draft, not in the IANA registry): a Structured Field List of brands with a `v` parameter, `"Chromium";v="130", "Not?A_Brand";v="99"`. Sent by Chromium-based browsers by default; includes deliberately fake "GREASE" brands that servers must tolerate.',
  },
  {
    name: 'Sec-CH-UA-Mobile', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'boolean',
    specUrl: 'https://wicg.github.io/ua-client-hints/#sec-ch-ua-mobile', mdnUrl: mdn('Sec-CH-UA-Mobile'),
    summary: { en: 'User-Agent Client Hint: `?1` on mobile devices.', 'zh-CN': 'User-Agent 客户端提示：移动设备上为 `?1`。' },
    docs: 'User-Agent Client Hints: the Structured Field Boolean `?1` when the browser prefers a mobile experience, `?0` otherwise. Sent by default.',
  },
  {
    name: 'Sec-CH-UA-Platform', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'string',
    specUrl: 'https://wicg.github.io/ua-client-hints/#sec-ch-ua-platform', mdnUrl: mdn('Sec-CH-UA-Platform'),
    summary: { en: 'User-Agent Client Hint: the operating system.', 'zh-CN': 'User-Agent 客户端提示：操作系统。' },
    docs: 'User-Agent Client Hints: a Structured Field String such as `"Windows"`, `"macOS"` or `"Android"`. Sent by default; the version needs `Accept-CH: Sec-CH-UA-Platform-Version`.',
  },
  {
    name: 'Sec-CH-UA-Arch', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'string',
    specUrl: 'https://wicg.github.io/ua-client-hints/#sec-ch-ua-arch', mdnUrl: mdn('Sec-CH-UA-Arch'),
    summary: { en: 'User-Agent Client Hint: CPU architecture.', 'zh-CN': 'User-Agent 客户端提示：CPU 架构。' },
    docs: 'User-Agent Client Hints: a Structured Field String such as `"x86"` or `"arm"`, sent only after the server asks with `Accept-CH`.',
  },
  {
    name: 'Sec-CH-Prefers-Color-Scheme', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'token',
    specUrl: 'https://wicg.github.io/user-preference-media-features-headers/#sec-ch-prefers-color-scheme', mdnUrl: mdn('Sec-CH-Prefers-Color-Scheme'),
    summary: { en: 'Client Hint: the user prefers a `light` or `dark` theme.', 'zh-CN': '客户端提示：用户偏好 `light`（浅色）还是 `dark`（深色）主题。' },
    docs: 'A WICG Client Hint mirroring the `prefers-color-scheme` media query, sent after `Accept-CH` asks for it, so the server can inline the right styles. Responses should carry `Vary` and `Critical-CH`.',
  },
  {
    name: 'Sec-CH-Viewport-Width', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'integer',
    specUrl: 'https://wicg.github.io/responsive-image-client-hints/#sec-ch-viewport-width', mdnUrl: mdn('Sec-CH-Viewport-Width'),
    summary: { en: 'Client Hint: layout viewport width in CSS pixels.', 'zh-CN': '客户端提示：布局视口宽度（CSS 像素）。' },
    docs: 'A Responsive Image Client Hint: the width of the layout viewport, sent after `Accept-CH` asks for it, so the server can choose image sizes.',
  },
  {
    name: 'Sec-CH-UA-Full-Version-List', status: 'nonstandard', appearsIn: 'request', list: true, structuredType: 'list',
    specUrl: `${UA_CH}#sec-ch-ua-full-version-list`, mdnUrl: mdn('Sec-CH-UA-Full-Version-List'),
    summary: { en: 'User-Agent Client Hint: brands with full versions.', 'zh-CN': 'User-Agent 客户端提示：品牌及完整版本号。' },
    docs: 'User-Agent Client Hints: like `Sec-CH-UA`, but with full version strings (`"Chromium";v="130.0.6723.69"`). A high-entropy hint, sent only after `Accept-CH` asks for it.',
  },
  {
    name: 'Sec-CH-UA-Full-Version', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'string', replacedBy: ['Sec-CH-UA-Full-Version-List'],
    specUrl: `${UA_CH}#sec-ch-ua-full-version`, mdnUrl: mdn('Sec-CH-UA-Full-Version'),
    summary: { en: 'User-Agent Client Hint: full browser version (deprecated).', 'zh-CN': 'User-Agent 客户端提示：浏览器完整版本（已弃用）。' },
    docs: 'User-Agent Client Hints: a Structured Field String with the full version of the significant brand. Deprecated in favour of `Sec-CH-UA-Full-Version-List`.',
  },
  {
    name: 'Sec-CH-UA-Platform-Version', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'string',
    specUrl: `${UA_CH}#sec-ch-ua-platform-version`, mdnUrl: mdn('Sec-CH-UA-Platform-Version'),
    summary: { en: 'User-Agent Client Hint: operating system version.', 'zh-CN': 'User-Agent 客户端提示：操作系统版本。' },
    docs: 'User-Agent Client Hints: a Structured Field String such as `"15.0.0"`. High entropy: sent only after `Accept-CH` asks for it.',
  },
  {
    name: 'Sec-CH-UA-Model', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'string',
    specUrl: `${UA_CH}#sec-ch-ua-model`, mdnUrl: mdn('Sec-CH-UA-Model'),
    summary: { en: 'User-Agent Client Hint: device model.', 'zh-CN': 'User-Agent 客户端提示：设备型号。' },
    docs: 'User-Agent Client Hints: a Structured Field String with the device model (`"Pixel 8"`), usually empty on desktops. Sent only after `Accept-CH` asks for it.',
  },
  {
    name: 'Sec-CH-UA-Bitness', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'string',
    specUrl: `${UA_CH}#sec-ch-ua-bitness`, mdnUrl: mdn('Sec-CH-UA-Bitness'),
    summary: { en: 'User-Agent Client Hint: CPU bitness (32 or 64).', 'zh-CN': 'User-Agent 客户端提示：CPU 位数（32 或 64）。' },
    docs: 'User-Agent Client Hints: a Structured Field String, `"64"` or `"32"`, sent only after `Accept-CH` asks for it.',
  },
  {
    name: 'Sec-CH-UA-WoW64', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'boolean',
    specUrl: `${UA_CH}#sec-ch-ua-wow64`, mdnUrl: mdn('Sec-CH-UA-WoW64'),
    summary: { en: 'User-Agent Client Hint: 32-bit browser on 64-bit Windows.', 'zh-CN': 'User-Agent 客户端提示：在 64 位 Windows 上运行的 32 位浏览器。' },
    docs: 'User-Agent Client Hints: the Structured Field Boolean `?1` when a 32-bit browser runs on 64-bit Windows (WoW64).',
  },
  {
    name: 'Sec-CH-UA-Form-Factors', status: 'nonstandard', appearsIn: 'request', list: true, structuredType: 'list',
    specUrl: `${UA_CH}#sec-ch-ua-form-factors`, mdnUrl: mdn('Sec-CH-UA-Form-Factors'),
    summary: { en: 'User-Agent Client Hint: device form factors (Desktop, Mobile, XR...).', 'zh-CN': 'User-Agent 客户端提示：设备形态（Desktop、Mobile、XR 等）。' },
    docs: 'User-Agent Client Hints: a Structured Field List of Strings such as `"Desktop"`, `"Tablet"` or `"XR"`, sent only after `Accept-CH` asks for it.',
  },
  {
    name: 'Sec-CH-Prefers-Reduced-Motion', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'token',
    specUrl: 'https://wicg.github.io/user-preference-media-features-headers/#sec-ch-prefers-reduced-motion', mdnUrl: mdn('Sec-CH-Prefers-Reduced-Motion'),
    summary: { en: 'Client Hint: the user prefers `reduce`d motion.', 'zh-CN': '客户端提示：用户是否希望减少动画（`reduce`）。' },
    docs: 'Mirrors the `prefers-reduced-motion` media query (`no-preference` or `reduce`), sent after `Accept-CH` asks for it.',
  },
  {
    name: 'Sec-CH-Prefers-Reduced-Transparency', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'token',
    specUrl: 'https://wicg.github.io/user-preference-media-features-headers/#sec-ch-prefers-reduced-transparency', mdnUrl: mdn('Sec-CH-Prefers-Reduced-Transparency'),
    summary: { en: 'Client Hint: the user prefers reduced transparency.', 'zh-CN': '客户端提示：用户是否希望减少透明效果。' },
    docs: 'Mirrors the `prefers-reduced-transparency` media query (`no-preference` or `reduce`), sent after `Accept-CH` asks for it.',
  },
  {
    name: 'Critical-CH', status: 'nonstandard', appearsIn: 'response', list: true, structuredType: 'list',
    specUrl: `${CH_INFRA}#critical-ch`, mdnUrl: mdn('Critical-CH'),
    summary: { en: 'Client Hints without which the response should be fetched again.', 'zh-CN': '缺少时应重新获取响应的客户端提示。' },
    docs: 'A Structured Field List of hint names (also listed in `Accept-CH`): if the request lacked one of them, the browser retries it once with the hint, so even the first page load is tailored.',
  },
  {
    name: 'Save-Data', status: 'nonstandard', appearsIn: 'request', list: false,
    specUrl: 'https://wicg.github.io/savedata/#save-data-request-header-field', mdnUrl: mdn('Save-Data'),
    summary: { en: '`on` when the user asked for reduced data usage.', 'zh-CN': '用户要求减少数据用量时为 `on`。' },
    docs: 'Sent by browsers in data-saver mode: `Save-Data: on`. Serve lighter pages (smaller images, no autoplay) and add `Vary: Save-Data` when the response depends on it.',
  },
  {
    name: 'Device-Memory', status: 'nonstandard', appearsIn: 'request', list: false,
    specUrl: 'https://www.w3.org/TR/device-memory/#sec-device-memory-client-hint-header', mdnUrl: mdn('Device-Memory'),
    summary: { en: 'Client Hint: approximate device memory in GiB.', 'zh-CN': '客户端提示：设备内存的近似值（GiB）。' },
    docs: 'A coarse amount of device RAM in GiB (`0.25` to `8`), sent after `Accept-CH` asks for it, so a server can send a lighter experience to low-end devices.',
  },
  {
    name: 'Downlink', status: 'nonstandard', appearsIn: 'request', list: false,
    specUrl: `${NETINFO}#downlink-request-header-field`, mdnUrl: mdn('Downlink'),
    summary: { en: 'Client Hint: effective bandwidth estimate in Mbit/s.', 'zh-CN': '客户端提示：有效带宽估计（Mbit/s）。' },
    docs: 'Network Information: the effective downlink bandwidth in megabits per second, rounded to 25 kbit/s, sent after `Accept-CH` asks for it.',
  },
  {
    name: 'ECT', status: 'nonstandard', appearsIn: 'request', list: false,
    specUrl: `${NETINFO}#ect-request-header-field`, mdnUrl: mdn('ECT'),
    summary: { en: 'Client Hint: effective connection type (slow-2g to 4g).', 'zh-CN': '客户端提示：有效连接类型（slow-2g 到 4g）。' },
    docs: 'Network Information: `slow-2g`, `2g`, `3g` or `4g`, based on measured round-trip time and bandwidth, sent after `Accept-CH` asks for it.',
  },
  {
    name: 'RTT', status: 'nonstandard', appearsIn: 'request', list: false,
    specUrl: `${NETINFO}#rtt-request-header-field`, mdnUrl: mdn('RTT'),
    summary: { en: 'Client Hint: round-trip time estimate in milliseconds.', 'zh-CN': '客户端提示：往返时间估计（毫秒）。' },
    docs: 'Network Information: the application-layer round-trip time in milliseconds, rounded to 25 ms, sent after `Accept-CH` asks for it.',
  },
  {
    name: 'DPR', status: 'nonstandard', appearsIn: 'request', list: false, replacedBy: ['Sec-CH-DPR'],
    specUrl: EARLY_DRAFT, mdnUrl: mdn('DPR'),
    summary: { en: 'Client Hint: device pixel ratio (deprecated name).', 'zh-CN': '客户端提示：设备像素比（已弃用的名称）。' },
    docs: 'An early Client Hint with the device pixel ratio. Browsers now send `Sec-CH-DPR` instead.',
  },
  {
    name: 'Sec-CH-DPR', status: 'nonstandard', appearsIn: 'request', list: false,
    specUrl: 'https://wicg.github.io/responsive-image-client-hints/#sec-ch-dpr', mdnUrl: mdn('Sec-CH-DPR'),
    summary: { en: 'Client Hint: device pixel ratio.', 'zh-CN': '客户端提示：设备像素比。' },
    docs: 'A Responsive Image Client Hint: the device pixel ratio (`2.0`), sent after `Accept-CH` asks for it, so the server can choose image resolutions.',
  },
  {
    name: 'Viewport-Width', status: 'nonstandard', appearsIn: 'request', list: false, replacedBy: ['Sec-CH-Viewport-Width'],
    specUrl: EARLY_DRAFT, mdnUrl: mdn('Viewport-Width'),
    summary: { en: 'Client Hint: layout viewport width (deprecated name).', 'zh-CN': '客户端提示：布局视口宽度（已弃用的名称）。' },
    docs: 'An early Client Hint with the layout viewport width. Browsers now send `Sec-CH-Viewport-Width` instead.',
  },
  {
    name: 'Width', status: 'nonstandard', appearsIn: 'request', list: false, replacedBy: ['Sec-CH-Width'],
    specUrl: EARLY_DRAFT, mdnUrl: mdn('Width'),
    summary: { en: 'Client Hint: intended image width (deprecated name).', 'zh-CN': '客户端提示：图片的预期宽度（已弃用的名称）。' },
    docs: 'An early Client Hint with the width at which an image will be displayed. Browsers now send `Sec-CH-Width` instead.',
  },
  {
    name: 'Sec-CH-Width', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'integer',
    specUrl: 'https://wicg.github.io/responsive-image-client-hints/#sec-ch-width', mdnUrl: mdn('Sec-CH-Width'),
    summary: { en: 'Client Hint: intended display width of an image, in physical pixels.', 'zh-CN': '客户端提示：图片的预期显示宽度（物理像素）。' },
    docs: 'A Responsive Image Client Hint sent with image requests whose `sizes` attribute is known, after `Accept-CH` asks for it.',
  },
];

