/** What the parts of a Set-Cookie value and of a Content-Security-Policy mean, for hovers. Data, not code. */

type Doc = { en: string; zh: string };

/** Set-Cookie attributes (RFC 6265 §4.1.2, RFC 6265bis, CHIPS), by lower-case name. */
export const COOKIE_ATTRIBUTES: Readonly<Record<string, Doc>> = {
  expires: { en: 'When the cookie expires (an HTTP-date). Without Expires or Max-Age it is a session cookie, deleted when the browser closes.', zh: 'Cookie 的过期时间（HTTP 日期）。既没有 Expires 也没有 Max-Age 时是会话 Cookie，浏览器关闭时删除。' },
  'max-age': { en: 'Seconds until the cookie expires; takes precedence over Expires. 0 or less deletes it at once.', zh: 'Cookie 多少秒后过期；优先于 Expires。0 或负数表示立即删除。' },
  domain: { en: 'The cookie is sent to this domain and its subdomains. Without Domain, only to the host that set it (a host-only cookie).', zh: 'Cookie 会发送到此域名及其子域名。没有 Domain 时只发送给设置它的主机（仅主机 Cookie）。' },
  path: { en: 'The cookie is sent only for request paths under this one. Not a security boundary.', zh: '只有请求路径位于此路径之下时才发送 Cookie。它不是安全边界。' },
  secure: { en: 'Sent only over HTTPS (and to localhost).', zh: '只通过 HTTPS（以及 localhost）发送。' },
  httponly: { en: 'Not readable from JavaScript (document.cookie): limits what a cross-site scripting attack can steal.', zh: 'JavaScript（document.cookie）无法读取：限制跨站脚本攻击能窃取的内容。' },
  samesite: { en: 'Cross-site sending: Strict (never), Lax (top-level navigations only; the browsers\' default), None (always; requires Secure).', zh: '跨站发送：Strict（从不）、Lax（仅顶层导航；浏览器默认值）、None（总是；必须同时带 Secure）。' },
  partitioned: { en: 'CHIPS: stored per top-level site, so a third-party cookie cannot track across sites. Requires Secure.', zh: 'CHIPS：按顶层站点分区存储，第三方 Cookie 无法跨站跟踪。必须同时带 Secure。' },
  priority: { en: 'Chromium only: which cookies are evicted first when the domain holds too many (Low, Medium, High).', zh: '仅 Chromium：域名下 Cookie 过多时先淘汰哪些（Low、Medium、High）。' },
};

/** Content-Security-Policy directives (CSP Level 3 and its extensions), by lower-case name. */
export const CSP_DIRECTIVES: Readonly<Record<string, Doc>> = {
  'default-src': { en: 'The fallback for every fetch directive (script-src, style-src, img-src...) that is not given.', zh: '未给出的各项获取指令（script-src、style-src、img-src……）的默认值。' },
  'script-src': { en: 'Where scripts may load from, and whether inline scripts (\'unsafe-inline\', nonces, hashes) and eval (\'unsafe-eval\') run.', zh: '脚本可以从哪里加载，以及内联脚本（\'unsafe-inline\'、nonce、哈希）和 eval（\'unsafe-eval\'）是否可以执行。' },
  'script-src-elem': { en: 'As script-src, for <script> elements only.', zh: '与 script-src 相同，但只针对 <script> 元素。' },
  'script-src-attr': { en: 'As script-src, for inline event handlers (onclick=...) only.', zh: '与 script-src 相同，但只针对内联事件处理器（onclick=……）。' },
  'style-src': { en: 'Where stylesheets may load from, and whether inline styles apply.', zh: '样式表可以从哪里加载，以及内联样式是否生效。' },
  'img-src': { en: 'Where images and favicons may load from.', zh: '图片和网站图标可以从哪里加载。' },
  'connect-src': { en: 'Where scripts may connect: fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon.', zh: '脚本可以连接到哪里：fetch、XMLHttpRequest、WebSocket、EventSource、sendBeacon。' },
  'font-src': { en: 'Where fonts may load from.', zh: '字体可以从哪里加载。' },
  'media-src': { en: 'Where audio and video may load from.', zh: '音频和视频可以从哪里加载。' },
  'object-src': { en: 'Where <object> and <embed> plugins may load from; \'none\' is recommended.', zh: '<object> 和 <embed> 插件可以从哪里加载；建议设为 \'none\'。' },
  'frame-src': { en: 'What this page may embed in frames.', zh: '本页面可以在框架中嵌入什么。' },
  'child-src': { en: 'Fallback for frame-src and worker-src.', zh: 'frame-src 和 worker-src 的默认值。' },
  'worker-src': { en: 'Where workers and service workers may load from.', zh: 'Worker 和 Service Worker 可以从哪里加载。' },
  'manifest-src': { en: 'Where the web app manifest may load from.', zh: 'Web 应用清单可以从哪里加载。' },
  'base-uri': { en: 'Which URLs a <base> element may set; not covered by default-src.', zh: '<base> 元素可以设置哪些 URL；不受 default-src 约束。' },
  'form-action': { en: 'Where forms may be submitted; not covered by default-src.', zh: '表单可以提交到哪里；不受 default-src 约束。' },
  'frame-ancestors': { en: 'Which pages may embed this one in a frame (\'none\' forbids it): the successor of X-Frame-Options. Ignored in a <meta> policy.', zh: '哪些页面可以在框架中嵌入本页面（\'none\' 表示禁止）：X-Frame-Options 的后继。在 <meta> 策略中无效。' },
  sandbox: { en: 'Applies iframe-sandbox restrictions to the page itself.', zh: '对页面本身施加 iframe 沙箱限制。' },
  'upgrade-insecure-requests': { en: 'The browser rewrites http: subresource URLs to https: before fetching them.', zh: '浏览器在获取子资源前把 http: URL 改写为 https:。' },
  'report-uri': { en: 'Where violation reports are POSTed (deprecated: use report-to).', zh: '违规报告 POST 到哪里（已弃用：请用 report-to）。' },
  'report-to': { en: 'The Reporting-Endpoints name that receives violation reports.', zh: '接收违规报告的 Reporting-Endpoints 端点名。' },
  'require-trusted-types-for': { en: '\'script\': DOM XSS sinks (innerHTML...) accept only Trusted Types values.', zh: '\'script\'：DOM XSS 注入点（innerHTML 等）只接受 Trusted Types 值。' },
  'trusted-types': { en: 'Which Trusted Types policy names the page may create.', zh: '页面可以创建哪些 Trusted Types 策略名。' },
};
