// Kechuang Radar web UI: one page that reads its address and draws from the REST API.
// Every piece of document data is put into the page as text (textContent), never as markup.
'use strict';

const DIMS = [
  ['region', '地区'], ['body', '政府机构'], ['org', '机构'], ['person', '人物'], ['industry', '产业'],
  ['kind', '政策类型'], ['type', '事件类型'], ['source', '来源'],
];
// Dimensions a list can be filtered by besides the facets of a search.
const DIM_LABEL = Object.assign(Object.fromEntries(DIMS), { month: '月份' });
const SHARED = ['q', 'region', 'org', 'body', 'person', 'kind', 'type', 'industry', 'month', 'from', 'to', 'source', 'sort'];
// The Chinese word for each code the records carry, as the server's enums give them (GET /api/labels).
let LABELS = {};
function label(field, code) { return (LABELS[field] || {})[code] || code || ''; }
const MENTION_TYPES = {
  REGION: '地区', ADDRESS: '地址', GOVERNMENT: '政府机构', ORGANIZATION: '机构', COMPANY: '企业', PERSON: '人物',
  POSITION: '职务', POLICY: '政策', INDUSTRY: '产业', DATE: '日期', QUANTITY: '数量',
};
const app = document.getElementById('app');

// A date as a reader writes it (2025年3月18日 09:30); a document without one says so.
function when(iso) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?/.exec(iso || '');
  if (!m) return iso || '日期不详';
  let out = m[1] + '年';
  if (m[2]) out += Number(m[2]) + '月';
  if (m[3]) out += Number(m[3]) + '日';
  if (m[4] && !(m[4] === '00' && m[5] === '00')) out += ' ' + m[4] + ':' + m[5];
  return out;
}

// Where a document came from, without the server's folders: a page's host, a file's name.
function origin(source) {
  try {
    const u = new URL(source);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.host;
  } catch (e) { /* not a URL: a path */ }
  return source.split(/[\\/]/).pop();
}

// ---- small DOM helpers ----------------------------------------------------------------------------------------
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'href') el.setAttribute('href', safeHref(v));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// Only our own paths and http(s) addresses become links; anything else (javascript:, data:) stays inert.
function safeHref(v) {
  const s = String(v);
  return s.startsWith('/') && !s.startsWith('//') || /^https?:\/\//i.test(s) ? s : '#';
}

function link(path, text, attrs) {
  return h('a', Object.assign({ href: path, 'data-nav': '' }, attrs || {}), text);
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function params(obj) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) if (v !== undefined && v !== null && v !== '') p.set(k, v);
  return p.toString();
}

function current() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

function shared(obj) {
  const out = {};
  for (const k of SHARED) if (obj[k]) out[k] = obj[k];
  return out;
}

// Who is logged in ({user, role, csrf, accounts}), as GET /api/me says; accounts off: user null.
let ME = { user: null, accounts: false };
const ROLES = ['viewer', 'editor', 'admin'];
function may(role) { return ME.user && ROLES.indexOf(ME.role) >= ROLES.indexOf(role); }

// The server's write token, kept for this tab only, when there are no accounts; with a session, its CSRF token.
function authHeaders() {
  const t = sessionStorage.getItem('radar-token');
  if (ME.csrf) return { 'X-CSRF-Token': ME.csrf };
  return t ? { Authorization: 'Bearer ' + t } : {};
}

// A write as the logged-in account: JSON, with the session's CSRF token; a refusal becomes a Problem.
async function send(path, method, body) {
  const r = await fetch(path, { method, headers: Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json' },
    authHeaders()), body: body === undefined ? undefined : JSON.stringify(body) });
  if (!r.ok) throw await problemOf(r);
  return r.status === 204 ? null : r.json();
}

// Sends a request that needs the token; asks for it once when the server says it is missing or wrong.
async function withToken(path, init) {
  const send = () => fetch(path, Object.assign({}, init, { headers: Object.assign({}, init.headers, authHeaders()) }));
  let r = await send();
  if (r.status === 401 && !ME.accounts) {
    const t = prompt('请输入写入令牌（服务器启动时的 --token）');
    if (!t) return r;
    sessionStorage.setItem('radar-token', t);
    r = await send();
  }
  return r;
}

// What an HTTP status means to a reader; the server's own words stay available as the detail.
const PROBLEMS = {
  400: '请求有误', 401: '需要登录或写入令牌', 403: '无权执行此操作', 404: '未找到所请求的内容', 413: '内容过大',
  415: '不支持的格式', 429: '请求过于频繁，请稍后再试', 503: '服务器繁忙，请稍后再试',
};

class Problem extends Error {
  constructor(status, detail) {
    super(PROBLEMS[status] || ('服务器出错（' + status + '）'));
    this.detail = detail || '';
  }
}

async function problemOf(r) {
  return new Problem(r.status, (await r.json().catch(() => ({}))).error);
}

async function api(path) {
  const r = await fetch(path, { headers: Object.assign({ Accept: 'application/json' }, authHeaders()) });
  if (r.status === 401 && ME.accounts) throw new LoginNeeded();
  if (!r.ok) throw await problemOf(r);
  return r.json();
}

class LoginNeeded extends Error {}

// A snippet's matches come between U+E000 and U+E001; they become <mark> elements around text nodes.
function snippet(text) {
  const out = h('span', { class: 'snippet' });
  const parts = String(text || '').split(/([\uE000\uE001])/);
  let inMatch = false;
  for (const part of parts) {
    if (part === '\uE000') { inMatch = true; continue; }
    if (part === '\uE001') { inMatch = false; continue; }
    if (part) out.append(inMatch ? h('mark', {}, part) : document.createTextNode(part));
  }
  return out;
}

function dimPath(dim, value, label) {
  if (dim === 'region') return link('/regions/' + encodeURIComponent(value), label || value);
  if (dim === 'org' || dim === 'body') return link('/organizations/' + encodeURIComponent(value), label || value);
  if (dim === 'person') return link('/people/' + encodeURIComponent(value), label || value);
  return link('/search?' + params({ [dim]: value }), label || value);
}

// Puts a page's parts in place; absent parts (null, false) are left out rather than shown as text.
function show(...parts) {
  app.replaceChildren(...parts.flat(Infinity).filter(x => x !== null && x !== undefined && x !== false));
}

function fail(e) {
  const message = e instanceof Problem ? e.message : '页面出错了';
  show(h('p', { class: 'error' }, '出错了：' + message),
    e.detail || !(e instanceof Problem) ? h('details', { class: 'muted' }, h('summary', {}, '详情'), e.detail || String(e)) : null);
}

function exportLinks(path, query) {
  return h('div', { class: 'exports' }, '导出：',
    [['csv', 'CSV'], ['xlsx', 'Excel'], ['jsonl', 'JSON Lines']].map(([f, label]) =>
      h('a', { href: path + '?' + params(Object.assign({}, shared(query), { format: f })), download: '', class: 'export-' + f }, label)));
}

function pager(total, page, size, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  return h('div', { class: 'pager' },
    page > 1 ? h('button', { onclick: () => go(page - 1) }, '上一页') : null,
    h('span', { class: 'muted' }, `第 ${page} / ${pages} 页，共 ${total} 条`),
    page < pages ? h('button', { onclick: () => go(page + 1) }, '下一页') : null);
}

// A table whose columns sort on click; each column is [header, row => cell (text or node)].
function dataTable(columns, rows, cls) {
  const body = h('tbody');
  let sortBy = -1, asc = true;
  const heads = columns.map(([title], i) => h('th', { onclick: () => sort(i) }, title));
  function text(v) { return v instanceof Node ? v.textContent : String(v ?? ''); }
  function draw() {
    const order = rows.slice();
    if (sortBy >= 0) order.sort((a, b) => {
      const x = text(columns[sortBy][1](a)), y = text(columns[sortBy][1](b));
      const nx = Number(x), ny = Number(y);
      const c = !isNaN(nx) && !isNaN(ny) && x !== '' && y !== '' ? nx - ny : x.localeCompare(y, 'zh');
      return asc ? c : -c;
    });
    body.replaceChildren(...order.map(r => h('tr', {}, columns.map(([, f]) => h('td', {}, f(r) ?? '')))));
    heads.forEach((th, i) => th.className = i === sortBy ? (asc ? 'sorted-asc' : 'sorted-desc') : '');
  }
  function sort(i) { asc = sortBy === i ? !asc : true; sortBy = i; draw(); }
  draw();
  return h('div', { class: 'table-wrap' }, h('table', { class: cls || '' }, h('thead', {}, h('tr', {}, heads)), body));
}

function join(v) { return Array.isArray(v) ? v.join('、') : (v ?? ''); }
function period(p) { return p ? `${p.from ?? ''}—${p.to ?? ''}` : ''; }
function docLink(row) { return link('/documents/' + row.document, row.document_title || '(无标题)'); }

// ---- pages ----------------------------------------------------------------------------------------------------
async function searchPage() {
  const query = current();
  const page = Number(query.page || 1);
  const form = h('form', { class: 'query', role: 'search' },
    h('input', { name: 'q', type: 'search', placeholder: '搜索政策、机构、产业…', value: query.q || '', 'aria-label': '关键词' }),
    h('input', { name: 'from', type: 'text', placeholder: '起 2024-01', value: query.from || '', size: 9, 'aria-label': '起始日期' }),
    h('input', { name: 'to', type: 'text', placeholder: '止 2025-12', value: query.to || '', size: 9, 'aria-label': '截止日期' }),
    h('select', { name: 'sort', 'aria-label': '排序' },
      h('option', { value: 'relevance', selected: query.sort !== 'date' }, '按相关度'),
      h('option', { value: 'date', selected: query.sort === 'date' }, '按日期')),
    h('button', { type: 'submit' }, '搜索'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const next = Object.assign({}, shared(query));
    for (const name of ['q', 'from', 'to', 'sort']) next[name] = form.elements[name].value.trim();
    navigate('/search?' + params(next));
  });
  const result = await api('/api/search?' + params(Object.assign({}, shared(query), { page, size: 20 })));
  const chips = h('div', { class: 'chips' }, DIMS.filter(([d]) => query[d]).map(([d, label]) =>
    h('span', { class: 'chip' }, `${label}：${labelOf(result, d, query[d])}`,
      h('button', { title: '去掉', 'aria-label': '去掉' + label, onclick: () => {
        const next = shared(query); delete next[d]; navigate('/search?' + params(next));
      } }, '×'))));
  const facets = h('div', { class: 'facets' }, DIMS.map(([d, label]) => {
    const values = (result.facets || {})[d] || [];
    if (!values.length) return null;
    return h('section', { class: 'facet', 'data-dim': d }, h('h3', {}, label), h('ul', {}, values.map(v =>
      h('li', {}, link('/search?' + params(Object.assign(shared(query), { [d]: v.value })), shown(d, v.label),
        { class: 'facet-value' }), h('span', { class: 'count' }, v.count)))));
  }));
  const hits = h('div', { class: 'hits' }, result.hits.map(hit => h('article', { class: 'hit' },
    h('h3', {}, link('/documents/' + hit.id, hit.title || '(无标题)', { class: 'hit-title' })),
    h('div', { class: 'meta' }, [when(hit.published), ' · ', hit.sources.map(origin).join('，')]),
    h('p', {}, snippet(hit.snippet)))));
  const watch = h('button', { onclick: async () => {
    const name = prompt('关注名称', query.q || '新的关注');
    if (!name) return;
    const r = await withToken('/api/watches', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, params: shared(query) }) });
    if (r.ok) navigate('/watches');
    else alert('保存失败：' + (await problemOf(r)).message);
  } }, '保存为关注');
  // Documents filtered by a region are those that mention it, which is not what the region did.
  show(h('h1', {}, query.region ? `提及${labelOf(result, 'region', query.region)}的文章` : '搜索'), form, chips,
    h('div', { class: 'layout' }, facets, h('div', { class: 'results' },
      h('p', { class: 'muted total' }, `共 ${result.total} 篇文章`), exportLinks('/api/search', query), watch, hits,
      pager(result.total, page, 20, p => navigate('/search?' + params(Object.assign(shared(query), { page: p })))))));

}

function labelOf(result, dim, value) {
  const found = ((result.facets || {})[dim] || []).find(v => v.value === value);
  return shown(dim, found ? found.label : value);
}

// Event types travel as English keys; the page shows them in Chinese.
function shown(dim, value) {
  return dim === 'type' ? label('type', value) : value;
}

async function documentPage(id) {
  const d = await api('/api/documents/' + encodeURIComponent(id));
  const r = d.record;
  const text = h('div', { class: 'text', id: 'clean-text' }, articleText(d.text, d.mentions || [], r.articles || []));
  const original = h('pre', { class: 'original', id: 'original-text', hidden: true }, d.original);
  const toggle = h('button', { id: 'show-original', onclick: () => {
    const showing = !original.hidden;
    original.hidden = showing; text.hidden = !showing;
    toggle.textContent = showing ? '查看原文' : '查看清洗后文本';
  } }, '查看原文');
  const side = h('aside', {},
    section('本页文章', r.articles, a => h('a', { href: '#article-' + a.start }, a.title || '(无标题)')),
    section('政策', r.policies, p => [checked(p), link('/policy-records?' + params({ q: p.title }), p.title), ' ',
      h('span', { class: 'muted' }, [p.kind, p.date, join(p.issuers)].filter(Boolean).join(' · '))]),
    section('事件', r.events, e => [checked(e), h('b', {}, label('type', e.type)), ' ', e.date || '', ' ', e.summary || '']),
    section('建议', r.proposals, p => [link('/people/' + encodeURIComponent(p.speaker), p.speaker), '：', join(p.recommendations)]),
    section('设施', r.facilities, f => [checked(f), h('b', {}, f.name), ' ', h('span', { class: 'muted' }, [label('facility_kind', f.kind), f.region].filter(Boolean).join(' · ')), stageLine(f.stages)]),
    section('基金', r.funds, f => [checked(f), h('b', {}, f.name), ' ', [amountText(f.size), f.region, f.sponsor].filter(Boolean).join(' · ')]),
    section('征集', r.calls, c => [checked(c), h('b', {}, c.name), ' ', [c.issuer, c.date, projectsText(c.projects)].filter(Boolean).join(' · ')]),
    section('政策工具', r.instruments, i => [checked(i), h('b', {}, label('instrument_kind', i.kind)), ' ', i.name, ' ', terms(i)]),
    section('指标', r.indicators, i => [checked(i), i.metric, ' ', [i.region, i.period, money(i.value, i.unit), i.target ? '目标' : ''].filter(Boolean).join(' · ')]),
    section('人物', r.people, p => [checked(p), link('/people/' + encodeURIComponent(p.name), p.name), ' ', join(p.positions), p.organization ? '（' + p.organization + '）' : '']),
    section('机构', r.organizations, o => [checked(o), link('/organizations/' + encodeURIComponent(o.name), o.name)]),
    section('地区', r.regions, g => link('/regions/' + (g.code || encodeURIComponent(g.name)), g.name)),
    section('数量', r.quantities, q => [q.text, q.subject ? ' · ' + q.subject : '']),
    section('产业', r.industry_focus, f => [f.region || '', ' ', join(f.industries)]));
  const legend = h('div', { class: 'legend' }, Object.entries(MENTION_TYPES).map(([t, name]) => h('span', { class: 'm m-' + t }, name)));
  show(h('h1', {}, d.title || '(无标题)'),
    h('p', { class: 'muted' }, [when(d.published), ' · ', d.sources.map(origin).join('，')]),
    toggle, legend, h('div', { class: 'doc' }, h('div', {}, text, original), side));
}

function section(title, items, render) {
  if (!items || !items.length) return null;
  return h('section', { 'data-section': title }, h('h3', {}, `${title}（${items.length}）`),
    h('ul', {}, items.map(i => h('li', {}, render(i)))));
}

// The text with each article of a page under its own heading; a page of one article is its text alone.
function articleText(text, mentions, articles) {
  if (!articles.length) return mentionText(text, mentions, 0, text.length);
  const out = [];
  let at = 0;
  for (const a of articles.slice().sort((x, y) => x.start - y.start)) {
    if (a.start > at) out.push(h('div', { class: 'between' }, mentionText(text, mentions, at, a.start)));
    out.push(h('article', { class: 'article', id: 'article-' + a.start },
      h('h2', { class: 'article-title' }, a.title || '(无标题)'),
      a.authors && a.authors.length ? h('p', { class: 'muted' }, '作者：' + join(a.authors)) : null,
      mentionText(text, mentions, a.start, a.end)));
    at = Math.max(at, a.end);
  }
  if (at < text.length) out.push(h('div', { class: 'between' }, mentionText(text, mentions, at, text.length)));
  return out;
}

// A part of the clean text with each mention wrapped in a coloured span; overlapping mentions keep the first.
function mentionText(text, mentions, from, to) {
  const out = [];
  let at = from;
  for (const m of mentions.slice().sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < at || m.end > to) continue;
    if (m.start > at) out.push(document.createTextNode(text.slice(at, m.start)));
    const target = mentionTarget(m);
    const span = h('span', { class: 'm m-' + m.type, title: `${MENTION_TYPES[m.type] || m.type}：${m.canonical}`,
      'data-type': m.type, 'data-canonical': m.canonical }, text.slice(m.start, m.end));
    if (target) {
      span.setAttribute('role', 'link');
      span.addEventListener('click', () => navigate(target));
    }
    out.push(span);
    at = m.end;
  }
  out.push(document.createTextNode(text.slice(at, to)));
  return out;
}

function mentionTarget(m) {
  const name = encodeURIComponent(m.canonical);
  if (m.type === 'REGION') return '/regions/' + name;
  if (m.type === 'GOVERNMENT' || m.type === 'ORGANIZATION' || m.type === 'COMPANY') return '/organizations/' + name;
  if (m.type === 'PERSON') return '/people/' + name;
  return null;
}

// ---- the records' terms, as a reader writes them -----------------------------------------------------------------
function numberText(v) {
  if (v === null || v === undefined || v === '') return '';
  const n = Number(v);
  return Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : String(v);
}

// A sum of money in 万 or 亿 (2亿元, 300万元); other units as written (30%).
function money(v, unit) {
  if (v === null || v === undefined) return '';
  const n = Number(v);
  if (unit === '元' && n >= 1e8) return numberText(n / 1e8) + '亿元';
  if (unit === '元' && n >= 1e4) return numberText(n / 1e4) + '万元';
  return numberText(n) + (unit || '');
}

function amountText(a) { return a ? money(a.value, a.unit) : ''; }

// An instrument's terms: its amount, its cap, whom it is for.
function terms(i) {
  const a = i.amount || {};
  return [a.value !== null && a.value !== undefined ? money(a.value, a.unit) : '',
    a.cap ? '最高' + money(a.cap, a.unit === '%' ? '元' : a.unit) : '', i.target ? '面向' + i.target : ''].filter(Boolean).join('，');
}

function projectsText(projects) {
  return (projects || []).map(p => (p.category ? p.category + ' ' : '') + p.count + '项').join('；');
}

// A facility's stages in the order they happened, undated ones last: 获批 2023年5月 → 开工 2023年8月 → 启用.
function stageLine(stages) {
  if (!stages || !stages.length) return null;
  const sorted = stages.slice().sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'));
  return h('ol', { class: 'stages' }, sorted.map(s => h('li', {}, h('b', {}, label('stage', s.stage)), s.date ? ' ' + when(s.date) : '')));
}

// ---- tables of facts ---------------------------------------------------------------------------------------------
const TABLES = {
  policies: { title: '政策', filters: ['q', 'region', 'org', 'kind', 'industry', 'from', 'to'], columns: [
    ['政策名称', r => link('/policy-records?' + params({ q: r.title }), r.title)], ['类型', r => r.kind],
    ['发布机关', r => join(r.issuers)], ['日期', r => r.date], ['地区', r => r.region], ['实施期限', r => period(r.period)],
    ['状态', r => label('policy_status', r.status)], ['报道', r => r.reports > 1 ? r.reports + '篇' : ''],
    ['原句', r => r.sentence], ['文章', docLink]] },
  events: { title: '事件', filters: ['q', 'region', 'org', 'person', 'type', 'industry', 'from', 'to'], columns: [
    ['类型', r => label('type', r.type)], ['状态', r => label('event_status', r.status)], ['日期', r => r.date],
    ['地区', r => r.region], ['参与方', r => join(r.actors)], ['摘要', r => r.summary], ['文章', docLink]] },
  proposals: { title: '建议', filters: ['q', 'person', 'industry', 'from', 'to'], columns: [
    ['提出人', r => link('/people/' + encodeURIComponent(r.speaker), r.speaker)], ['身份', r => label('capacity', r.capacity)],
    ['建议', r => h('ul', { class: 'plain' }, (r.recommendations || []).map(x => h('li', {}, x)))], ['主题', r => join(r.topics)],
    ['日期', r => when(r.published)], ['文章', docLink]] },
  facilities: { title: '设施', kinds: 'facility_kind', filters: ['q', 'region', 'org', 'kind', 'from', 'to'], columns: [
    ['名称', r => r.name], ['类型', r => label('facility_kind', r.kind)], ['地区', r => r.region], ['运营方', r => r.operator],
    ['阶段', r => stageLine(r.stages)], ['文章', docLink]] },
  funds: { title: '基金', filters: ['q', 'region', 'org', 'industry', 'from', 'to'], columns: [
    ['名称', r => r.name], ['规模', r => amountText(r.size)], ['地区', r => r.region], ['发起方', r => r.sponsor],
    ['产业', r => join(r.industries)], ['文章', docLink]] },
  calls: { title: '征集', filters: ['q', 'region', 'org', 'kind', 'from', 'to'], columns: [
    ['名称', r => r.name], ['类型', r => r.kind], ['发布机关', r => r.issuer], ['日期', r => r.date], ['批次', r => r.batch],
    ['项目', r => projectsText(r.projects)], ['截止', r => r.deadline], ['文章', docLink]] },
  instruments: { title: '政策工具', kinds: 'instrument_kind', filters: ['q', 'region', 'kind', 'from', 'to'], columns: [
    ['类型', r => label('instrument_kind', r.kind)], ['名称', r => r.name], ['地区', r => r.region || '全国或未注明'],
    ['额度', r => amountText(r.amount)], ['上限', r => r.amount && r.amount.cap ? money(r.amount.cap, r.amount.unit === '%' ? '元' : r.amount.unit) : ''],
    ['对象', r => r.target], ['条件', r => r.conditions], ['所属政策', r => r.policy], ['文章', docLink]] },
  indicators: { title: '指标', filters: ['q', 'region', 'kind', 'from', 'to'], columns: [
    ['指标', r => r.metric], ['地区', r => r.region], ['时期', r => r.period || ''], ['数值', r => money(r.value, r.unit)],
    ['口径', r => label('basis', r.basis)], ['目标', r => r.target ? '目标' : '实际'], ['文章', docLink]] },
};
const FILTER_LABELS = { q: '关键词', region: '地区', org: '机构', person: '人物', kind: '类型', type: '事件类型', industry: '产业', from: '起', to: '止' };

// A fact an editor verified carries a mark (核 accepted, 改 corrected) in every table.
function checked(r) {
  if (!r.verified) return '';
  return h('span', { class: 'verified', title: r.corrected ? '已修正：' + r.corrected.join('、') : '已核实' }, r.corrected ? '改' : '核');
}

function factTable(kind, rows) {
  return dataTable(TABLES[kind].columns.concat([['审核', checked]]), rows, kind);
}

async function tablePage(kind) {
  const t = TABLES[kind];
  const query = current();
  const page = Number(query.page || 1);
  const coded = { kind: t.kinds, type: kind === 'events' ? 'type' : null };
  const field = f => coded[f] ? h('select', { name: f, 'aria-label': FILTER_LABELS[f] },
    h('option', { value: '' }, '全部' + FILTER_LABELS[f]), Object.entries(LABELS[coded[f]] || {}).map(([code, name]) =>
      h('option', { value: code, selected: query[f] === code }, name)))
    : h('input', { name: f, placeholder: FILTER_LABELS[f], value: query[f] || '', size: f === 'q' ? 16 : 8, 'aria-label': FILTER_LABELS[f] });
  const form = h('form', { class: 'query' }, t.filters.map(field),
    h('select', { name: 'sort', 'aria-label': '排序' }, h('option', { value: 'date', selected: query.sort !== 'relevance' }, '按日期'),
      h('option', { value: 'relevance', selected: query.sort === 'relevance' }, '按相关度')),
    h('button', { type: 'submit' }, '筛选'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const next = shared(query);
    delete next.page;
    for (const f of t.filters.concat(['sort'])) next[f] = form.elements[f].value.trim();
    navigate(location.pathname + '?' + params(next));
  });
  const q = Object.assign({ sort: 'date' }, shared(query));
  const size = 100;
  const result = await api(`/api/${kind}?` + params(Object.assign({}, q, { page, size })));
  const chips = h('div', { class: 'chips' }, SHARED.filter(k => query[k] && !t.filters.includes(k) && k !== 'sort').map(k =>
    h('span', { class: 'chip' }, `${DIM_LABEL[k] || k}：${query[k]}`)));
  show(h('h1', {}, t.title), form, chips,
    h('p', { class: 'muted total' }, `共 ${result.total} 条${t.title}`),
    query.region ? h('p', { class: 'muted' }, `按${t.title}自身的地区筛选；只是提及该地区的文章见 `,
      link('/search?' + params({ region: query.region }), '提及该地区的文章')) : null,
    exportLinks('/api/' + kind, q),
    kind === 'instruments' ? await comparison(q) : null,
    kind === 'indicators' ? indicatorChart(result.rows) : null,
    factTable(kind, result.rows),
    pager(result.total, page, size, p => navigate(location.pathname + '?' + params(Object.assign(shared(query), { page: p })))));
}

// The terms of each kind of instrument side by side, one row per region, as the server pivots them.
async function comparison(q) {
  const c = await api('/api/instruments/comparison?' + params(q));
  if (!c.rows.length) return null;
  return h('section', { id: 'comparison' }, h('h2', {}, '各地条款对比'),
    h('div', { class: 'exports' }, '导出：', h('a', { href: '/api/instruments/comparison?' + params(Object.assign({}, q, { format: 'xlsx' })),
      download: '', class: 'export-comparison' }, 'Excel')),
    dataTable([['地区', r => r.region]].concat(c.kinds.map(k => [k.label, r =>
      h('ul', { class: 'plain' }, (r[k.code] || []).map(t => h('li', {}, t)))])), c.rows, 'comparison'));
}

// Values of one metric per region over time, targets apart from what was measured.
function indicatorChart(rows) {
  const metrics = [...new Set(rows.map(r => r.metric))];
  if (!metrics.length) return null;
  const picked = new URLSearchParams(location.search).get('metric');
  const metric = metrics.includes(picked) ? picked : metrics[0];
  const chosen = rows.filter(r => r.metric === metric);
  const when2 = r => r.period || (r.published || '').slice(0, 4) || '不详';
  const periods = [...new Set(chosen.map(when2))].sort();
  const series = [];
  for (const region of [...new Set(chosen.map(r => r.region || '未注明'))]) {
    for (const target of [false, true]) {
      const mine = chosen.filter(r => (r.region || '未注明') === region && !!r.target === target);
      if (!mine.length) continue;
      series.push({ name: region + (target ? '（目标）' : ''), type: 'line', symbol: target ? 'triangle' : 'circle',
        lineStyle: { type: target ? 'dashed' : 'solid' }, connectNulls: true,
        data: periods.map(p => { const hit = mine.find(r => when2(r) === p); return hit ? hit.value : null; }) });
    }
  }
  const select = h('select', { 'aria-label': '指标', id: 'metric', onchange: e => {
    const u = new URLSearchParams(location.search); u.set('metric', e.target.value); navigate('/indicators?' + u.toString());
  } }, metrics.map(m => h('option', { value: m, selected: m === metric }, m)));
  const table = dataTable([['地区', r => r.region], ['时期', when2], ['数值', r => money(r.value, r.unit)],
    ['目标', r => r.target ? '目标' : '实际']], chosen, 'indicator-series');
  return h('section', { id: 'indicator-chart' }, h('h2', {}, '指标走势'), h('p', {}, '指标 ', select),
    ...chartWithTable(chart => chart.setOption({
      tooltip: { trigger: 'axis', formatter: ps => escapeHtml(ps[0].axisValue) + '<br>' + ps.filter(p => p.value !== null && p.value !== undefined).map(p => escapeHtml(p.seriesName + '：' + p.value)).join('<br>') },
      legend: { type: 'scroll' }, grid: { left: 50, right: 20, bottom: 40 },
      xAxis: { type: 'category', data: periods }, yAxis: { type: 'value', name: chosen[0].unit || '' }, series,
    }), table));
}

async function policyRecordsPage() {
  const query = current();
  const form = h('form', { class: 'query' },
    h('input', { name: 'q', placeholder: '政策名称', value: query.q || '', size: 20, 'aria-label': '政策名称' }),
    h('input', { name: 'region', placeholder: '发布地区', value: query.region || '', size: 8, 'aria-label': '发布地区' }),
    h('button', { type: 'submit' }, '查找'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    navigate('/policy-records?' + params({ q: form.elements.q.value.trim(), region: form.elements.region.value.trim() }));
  });
  const d = await api('/api/policy-records?' + params({ q: query.q, region: query.region, size: 100 }));
  show(h('h1', {}, '政策档案'), h('p', { class: 'muted' }, '每项政策一条档案，汇集各篇文章对它的不同称呼与提及。'), form,
    h('p', { class: 'muted total' }, `共 ${d.total} 项政策`),
    dataTable([['政策名称', p => link('/policy-records/' + encodeURIComponent(p.id), p.title)], ['文号', p => p.documentNumber],
      ['类型', p => p.kind], ['发布机关', p => join(p.issuers)], ['地区', p => p.region || '全国'],
      ['状态', p => (p.statuses || []).map(s => label('policy_status', s.status)).join(' → ')],
      ['提及文章', p => new Set((p.mentions || []).map(m => m.documentId)).size]], d.rows, 'policy-records'));
}

async function policyRecordPage(id) {
  const p = await api('/api/policy-records/' + encodeURIComponent(id));
  const facts = [['文号', p.documentNumber], ['类型', p.kind], ['发布机关', join(p.issuers)], ['地区', p.region || '全国'],
    ['实施期限', period(p.period)], ['主题', join(p.topics)]].filter(([, v]) => v);
  show(h('h1', {}, p.title),
    h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('h2', {}, '名称变体'), h('ul', { id: 'variants' }, p.variants.map(v => h('li', {}, v))),
    h('h2', {}, '状态历程'), p.statuses.length ? h('ol', { class: 'stages', id: 'statuses' }, p.statuses.map(s =>
      h('li', {}, h('b', {}, label('policy_status', s.status)), s.date ? ' ' + when(s.date) : ''))) : h('p', { class: 'muted' }, '暂无'),
    h('h2', {}, `提及（${p.mentions.length}）`), dataTable([['原句', m => m.sentence], ['日期', m => when(m.published)],
      ['文章', m => link('/documents/' + m.documentId, m.article || '(无标题)')]], p.mentions, 'mentions'),
    h('h2', {}, '提及它的文章'), h('ul', {}, p.articles.map(a => h('li', {}, link('/documents/' + a.id, a.title || '(无标题)'), ' ',
      h('span', { class: 'muted' }, when(a.published))))),
    await policyEditing(p));
}

const FACT_TITLES = { policies: '政策', events: '事件', proposals: '建议', facilities: '设施', funds: '基金', calls: '征集',
  instruments: '政策工具', indicators: '指标' };

async function regionPage(code) {
  const d = await api('/api/regions/' + encodeURIComponent(code));
  const counts = (list, dim) => list.length ? h('ul', {}, list.map(v => h('li', {}, dimPath(dim, v.value, v.label), ' ',
    link(v.list, String(v.count), { class: 'count' })))) : h('p', { class: 'muted' }, '暂无');
  const parts = Object.entries(d.facts);
  show(
    h('h1', {}, d.name),
    h('p', { class: 'muted' }, [d.parent ? link('/regions/' + d.parent.code, d.parent.name) : null, d.parent ? ' · ' : '',
      `区划代码 ${d.code} · `, link(d.mentioned_in.list, `提及${d.name}的文章 ${d.mentioned_in.total} 篇`, { id: 'mentioned-in' })]),
    h('div', { class: 'chips', id: 'dossier-facts' }, parts.map(([kind, part]) =>
      h('span', { class: 'chip' }, FACT_TITLES[kind] + ' ', link(part.list, String(part.total), { 'data-kind': kind })))),
    h('div', { class: 'cards' },
      h('div', { class: 'card', id: 'dossier-industries' }, h('h3', {}, '政策涉及产业'), counts(d.industry, 'industry')),
      h('div', { class: 'card', id: 'dossier-bodies' }, h('h3', {}, '政府机构'), counts(d.body, 'body')),
      h('div', { class: 'card' }, h('h3', {}, '机构'), counts(d.org, 'org')),
      h('div', { class: 'card' }, h('h3', {}, '人物'), counts(d.person, 'person'))),
    parts.filter(([, part]) => part.total).map(([kind, part]) => [
      h('h2', {}, `${FACT_TITLES[kind]}（${part.total}）`, ' ', link(part.list, '全部', { class: 'muted' })), factTable(kind, part.rows)]),
    d.children.some(c => c.facts) ? h('h2', {}, '下辖地区') : null,
    h('div', { class: 'chips' }, d.children.filter(c => c.facts).map(c =>
      h('span', { class: 'chip' }, link('/regions/' + c.code, c.name), ` ${c.facts}`))));
}

async function namedDossier(dim, name) {
  const title = dim === 'person' ? '人物' : '机构';
  const q = { [dim]: name };
  const kinds = dim === 'person' ? ['proposals', 'events'] : ['policies', 'events', 'facilities', 'funds', 'calls'];
  const [docs, people, ...parts] = await Promise.all([
    api('/api/search?' + params(Object.assign({ size: 10, sort: 'date' }, q))),
    api('/api/people?' + params(Object.assign({ size: 100, sort: 'date' }, q))),
    ...kinds.map(k => api(`/api/${k}?` + params(Object.assign({ size: 100, sort: 'date' }, q))))]);
  const facet = d => (docs.facets[d] || []).filter(v => v.value !== name).slice(0, 10);
  const positions = dim === 'person' ? people.rows.map(r => ({ positions: join(r.positions), organization: r.organization, row: r })) : [];
  show(
    h('h1', {}, name), h('p', { class: 'muted' }, `${title} · ${docs.total} 篇文章提及 · `, link('/search?' + params(q), '查看全部文章')),
    positions.length ? [h('h2', {}, '职务'), dataTable([['职务', x => x.positions], ['所属机构', x => x.organization],
      ['日期', x => when(x.row.published)], ['文章', x => docLink(x.row)]], positions, 'positions')] : null,
    dim !== 'person' && people.rows.length ? [h('h2', {}, '人物'), h('ul', {}, [...new Set(people.rows.map(r => r.name))].map(n =>
      h('li', {}, link('/people/' + encodeURIComponent(n), n))))] : null,
    kinds.map((k, i) => parts[i].total ? [h('h2', {}, `${FACT_TITLES[k]}（${parts[i].total}）`), factTable(k, parts[i].rows)] : null),
    h('div', { class: 'cards' }, ['region', 'industry', 'body', 'person'].map(d => h('div', { class: 'card' },
      h('h3', {}, '一同提及的' + DIM_LABEL[d]), h('ul', {}, facet(d).map(v => h('li', {}, dimPath(d, v.value, v.label), ' ', h('span', { class: 'muted' }, v.count))))))),
    h('h2', {}, '最新文章'), h('ul', {}, docs.hits.map(hit => h('li', {}, link('/documents/' + hit.id, hit.title || '(无标题)'), ' ', h('span', { class: 'muted' }, when(hit.published))))),
    dim === 'org' ? await organizationEditing(name) : null);
}

// A chart with a button that shows the same numbers as a table.
function chartWithTable(draw, table) {
  const box = h('div', { class: 'chart', id: 'chart' });
  const tableBox = h('div', { id: 'chart-table', hidden: true }, table);
  const button = h('button', { id: 'toggle-table', onclick: () => {
    tableBox.hidden = !tableBox.hidden;
    button.textContent = tableBox.hidden ? '查看数据表' : '隐藏数据表';
  } }, '查看数据表');
  setTimeout(() => {
    if (!window.echarts) { box.replaceChildren(h('p', { class: 'muted' }, '图表组件未加载，请查看数据表。')); return; }
    const chart = echarts.init(box);
    draw(chart);
    window.addEventListener('resize', () => chart.resize());
  });
  return [button, box, tableBox];
}

async function timelinePage() {
  const query = current();
  const by = query.by === 'kind' ? 'kind' : 'type';
  const d = await api('/api/timeline?' + params(Object.assign({ by }, shared(query))));
  const kind = by === 'type' ? 'events' : 'policies';
  const name = s => by === 'type' ? label('type', s) : s;
  const listOf = (month, s) => '/' + kind + '?' + params(Object.assign(shared(query), { month, [by]: s }));
  const select = h('select', { 'aria-label': '统计对象', onchange: e => navigate('/timeline?' + params(Object.assign(shared(query), { by: e.target.value }))) },
    h('option', { value: 'type', selected: by === 'type' }, '事件（按类型）'), h('option', { value: 'kind', selected: by === 'kind' }, '政策（按类型）'));
  const rows = d.months.map((m, i) => ({ month: m, counts: d.series.map(s => s.counts[i]) }));
  const table = dataTable([['月份', r => r.month]].concat(d.series.map((s, j) => [name(s.name), r =>
    r.counts[j] ? link(listOf(r.month, s.name), String(r.counts[j])) : ''])), rows, 'timeline');
  show(h('h1', {}, '时间线'), select, h('span', { class: 'muted' }, ' 按事实自身的日期计数；只有年份的事实不计入月份，点击数字查看列表'),
    ...chartWithTable(chart => {
      chart.setOption({
        tooltip: { trigger: 'axis', formatter: ps => escapeHtml(ps[0].axisValue) + '<br>' + ps.filter(p => p.value).map(p => escapeHtml(p.seriesName + '：' + p.value)).join('<br>') },
        legend: { type: 'scroll' }, grid: { left: 40, right: 20, bottom: 60 },
        xAxis: { type: 'category', data: d.months }, yAxis: { type: 'value', minInterval: 1 },
        dataZoom: [{ type: 'slider' }],
        series: d.series.map(s => ({ name: name(s.name), type: 'bar', stack: 'all', data: s.counts })),
      });
      chart.on('click', p => { if (p.value) navigate(listOf(p.name, d.series[p.seriesIndex].name)); });
    }, table));
}

const MAP_KINDS = ['policies', 'events', 'facilities', 'funds', 'calls', 'instruments', 'indicators', 'proposals', 'documents'];
let chinaMap = null;
async function mapPage() {
  const query = current();
  const by = MAP_KINDS.includes(query.by) ? query.by : 'policies';
  const [d, geo] = await Promise.all([api('/api/map?' + params(Object.assign({ by }, shared(query)))),
    chinaMap ? Promise.resolve(chinaMap) : fetch('/vendor/map/100000.json').then(r => r.json())]);
  chinaMap = geo;
  const title = by === 'documents' ? '提及各省的文章' : '各省' + FACT_TITLES[by];
  const select = h('select', { 'aria-label': '统计对象', onchange: e => navigate('/map?' + params(Object.assign(shared(query), { by: e.target.value }))) },
    MAP_KINDS.map(v => h('option', { value: v, selected: v === by }, v === 'documents' ? '提及该省的文章数' : FACT_TITLES[v] + '数')));
  const max = Math.max(1, ...d.provinces.map(p => p.count));
  const table = dataTable([['省份', p => link('/regions/' + p.code, p.name)], ['数量', p => link(p.list, String(p.count))]], d.provinces, 'map');
  show(h('h1', {}, title), select, h('span', { class: 'muted' }, by === 'documents' ? ' 文章提及即计数' : ' 按事实自身的地区计数（政策按发布地区），点击省份查看列表'),
    ...chartWithTable(chart => {
      if (!echarts.getMap('china')) echarts.registerMap('china', geo);
      chart.setOption({
        tooltip: { formatter: p => escapeHtml(`${p.name}：${p.value || 0}`) },
        visualMap: { min: 0, max, left: 'left', bottom: 10, text: ['多', '少'], calculable: true, inRange: { color: ['#fff7ed', '#b91c1c'] } },
        series: [{ type: 'map', map: 'china', roam: true, data: d.provinces.map(p => ({ name: p.name, value: p.count, list: p.list })) }],
      });
      chart.on('click', p => { if (p.data && p.data.list) navigate(p.data.list); });
    }, table));
}

async function matrixPage() {
  const query = current();
  const rows = query.rows || 'region', cols = query.cols || 'industry';
  const of = MAP_KINDS.includes(query.of) ? query.of : 'policies';
  const d = await api('/api/matrix?' + params(Object.assign({ rows, cols, of, level: query.level }, shared(query))));
  const go = change => navigate('/matrix?' + params(Object.assign(shared(query), { rows, cols, of }, change)));
  const pick = (name, value) => h('select', { name, 'aria-label': name === 'rows' ? '行' : '列', onchange: e => go({ [name]: e.target.value }) },
    Object.entries(DIM_LABEL).map(([v, l]) => h('option', { value: v, selected: v === value }, l)));
  const counted = h('select', { name: 'of', 'aria-label': '统计对象', onchange: e => go({ of: e.target.value }) },
    MAP_KINDS.map(v => h('option', { value: v, selected: v === of }, v === 'documents' ? '文章' : FACT_TITLES[v])));
  const cell = {};
  for (const c of d.cells) cell[c.row + ',' + c.col] = c;
  const tableRows = d.rows.map((r, i) => ({ r, i }));
  const table = dataTable([[DIM_LABEL[rows] || rows, x => x.r.label]].concat(d.cols.map((c, j) => [c.label, x => {
    const hit = cell[x.i + ',' + j];
    return hit ? link(hit.list, String(hit.count)) : '';
  }])), tableRows, 'matrix');
  show(h('h1', {}, (DIM_LABEL[rows] || rows) + ' × ' + (DIM_LABEL[cols] || cols)), h('p', {}, '统计 ', counted, ' 行 ', pick('rows', rows), ' 列 ', pick('cols', cols),
    h('span', { class: 'muted' }, of === 'documents' ? ' 单元格为同时提及两者的文章数，点击查看文章'
      : ` 单元格为${FACT_TITLES[of]}数，按其自身的地区、产业与日期，点击查看列表`)), ...chartWithTable(chart => {
    chart.setOption({
      tooltip: { formatter: p => escapeHtml(`${d.rows[p.value[1]].label} × ${d.cols[p.value[0]].label}：${p.value[2]}`) },
      grid: { left: 110, bottom: 110, right: 20, top: 10 },
      xAxis: { type: 'category', data: d.cols.map(c => c.label), axisLabel: { rotate: 45 } },
      yAxis: { type: 'category', data: d.rows.map(r => r.label) },
      visualMap: { min: 0, max: Math.max(1, ...d.cells.map(c => c.count)), orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#fff7ed', '#b91c1c'] } },
      series: [{ type: 'heatmap', data: d.cells.map(c => [c.col, c.row, c.count]), label: { show: true, color: '#1d2433' } }],
    });
    chart.on('click', p => { const hit = cell[p.value[1] + ',' + p.value[0]]; if (hit) navigate(hit.list); });
  }, table));
}

// A chronicle of a period, previewed as it will read, with the Word and Markdown files a click away.
const BRIEF_PARTS = [['policies', '政策文件'], ['events', '重要事件'], ['facilities', '重大设施'], ['funds', '基金'],
  ['calls', '项目征集'], ['indicators', '指标与目标'], ['compute', '算力'], ['ai', '人工智能']];
async function briefPage() {
  const u = new URLSearchParams(location.search);
  const chosen = u.getAll('category');
  const form = h('form', { class: 'query', id: 'brief-form' },
    h('input', { name: 'from', placeholder: '起 2023', value: u.get('from') || '', size: 8, 'aria-label': '起' }),
    h('input', { name: 'to', placeholder: '止 2023', value: u.get('to') || '', size: 8, 'aria-label': '止' }),
    h('input', { name: 'region', placeholder: '地区（可用、分隔）', value: u.getAll('region').join('、'), size: 16, 'aria-label': '地区' }),
    BRIEF_PARTS.map(([code, name]) => h('label', {}, h('input', { type: 'checkbox', name: 'category', value: code,
      checked: chosen.length ? chosen.includes(code) : !['indicators', 'compute', 'ai'].includes(code) }), name)),
    h('button', { type: 'submit' }, '生成'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const f of ['from', 'to']) if (form.elements[f].value.trim()) next.set(f, form.elements[f].value.trim());
    form.elements.region.value.split(/[、,，\s]+/).filter(Boolean).forEach(r => next.append('region', r));
    form.querySelectorAll('input[name=category]:checked').forEach(c => next.append('category', c.value));
    navigate('/brief?' + next.toString());
  });
  if (!u.get('from') || !u.get('to')) {
    show(h('h1', {}, '大事记'), h('p', { class: 'muted' }, '选择时段、地区与类别，生成按类别、按月排列的大事记，每条附来源，可导出 Word 或 Markdown。'), form);
    return;
  }
  const c = await api('/api/brief?' + u.toString());
  const file = f => { const p = new URLSearchParams(u); p.set('format', f); return '/api/brief?' + p.toString(); };
  let note = 0;
  show(h('h1', {}, c.title), form,
    h('p', { class: 'muted total' }, `${when(c.from)}—${when(c.to)} · 共 ${c.lines} 条`),
    h('div', { class: 'exports' }, '导出：', h('a', { href: file('docx'), download: '', class: 'export-docx' }, 'Word'),
      h('a', { href: file('md'), download: '', class: 'export-md' }, 'Markdown')),
    h('div', { id: 'brief' }, c.sections.map(s => [h('h2', {}, s.label),
      s.months.length ? s.months.map(m => [h('h3', {}, when(m.month)), h('ul', { class: 'brief-lines' }, m.lines.map(l =>
        h('li', {}, l.sentence, l.sources.map(src => h('sup', {}, link('/documents/' + src.document, '[' + (++note) + ']',
          { title: src.title })))))) ])
        : h('p', { class: 'muted' }, '（本期无）')])));
}

async function watchesPage() {
  const r = await withToken('/api/watches', { headers: { Accept: 'application/json' } });
  if (!r.ok) {
    const body = await r.json().catch(() => ({}));
    show(h('h1', {}, '关注'), h('p', { class: 'error' }, r.status === 403 ? '此服务器未开放写入，关注不可用。'
      : '需要写入令牌才能查看关注。'), h('p', { class: 'muted' }, body.error || ''));
    return;
  }
  const list = await r.json();
  const out = h('div', { id: 'watch-news' });
  show(h('h1', {}, '关注'),
    h('p', { class: 'muted' }, '在搜索页点“保存为关注”即可添加。每个关注都有 Atom 订阅地址，可在阅读器中订阅。'),
    list.length ? dataTable([
      ['名称', w => link('/search?' + params(w.params), w.name)],
      ['条件', w => Object.entries(w.params).map(([k, v]) => `${DIM_LABEL[k] || k}=${v}`).join('；')],
      ['上次查看', w => new Date(w.lastLook).toLocaleString('zh-CN')],
      ['操作', w => h('span', {},
        h('button', { onclick: async () => {
          const news = await api(`/api/watches/${w.id}/new`);
          out.replaceChildren(h('h2', {}, `${w.name}：${news.total} 篇新文章`), h('ul', {}, news.hits.map(hit =>
            h('li', {}, link('/documents/' + hit.id, hit.title || '(无标题)'), ' ', h('span', { class: 'muted' }, when(hit.published))))));
        } }, '新文章'), ' ',
        h('a', { href: `/api/watches/${w.id}/atom` }, 'Atom'), ' ',
        h('button', { onclick: async () => { await withToken(`/api/watches/${w.id}`, { method: 'DELETE' }); route(); } }, '删除'))],
    ], list, 'watches') : h('p', {}, '还没有关注。'), out);
}

// ---- accounts, review and the audit trail ---------------------------------------------------------------------
function drawAccount() {
  const box = document.getElementById('account');
  if (!box) return;
  box.replaceChildren(...(ME.user ? [
    may('editor') ? link('/review', '审核') : null, may('editor') ? link('/changes', '修改记录') : null,
    may('admin') ? link('/users', '账户') : null,
    h('span', { class: 'muted', id: 'whoami' }, `${ME.user}（${{ viewer: '读者', editor: '编辑', admin: '管理员' }[ME.role]}）`),
    h('button', { id: 'logout', onclick: async () => { await send('/api/logout', 'POST'); ME = { user: null, accounts: true }; drawAccount(); navigate('/login'); } }, '退出'),
  ].filter(Boolean) : ME.accounts ? [link('/login', '登录')] : []));
}

async function loginPage() {
  const next = current().next || '/';
  const message = h('p', { class: 'error', id: 'login-error' });
  const form = h('form', { class: 'query', id: 'login-form' },
    h('input', { name: 'user', placeholder: '账户', autocomplete: 'username', 'aria-label': '账户' }),
    h('input', { name: 'password', type: 'password', placeholder: '密码', autocomplete: 'current-password', 'aria-label': '密码' }),
    h('button', { type: 'submit' }, '登录'));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      ME = Object.assign(await send('/api/login', 'POST', { user: form.elements.user.value.trim(), password: form.elements.password.value }),
        { accounts: true });
      drawAccount();
      navigate(next.startsWith('/') && !next.startsWith('//') ? next : '/');
    } catch (e) {
      message.textContent = e.message === PROBLEMS[401] ? '账户或密码不对' : e.message;
    }
  });
  show(h('h1', {}, '登录'), form, message);
}

// The fields an editor corrects, per kind: [field, label, a coded set or 'list' for names joined by 、].
const REVIEW_FIELDS = {
  events: [['type', '类型', 'type'], ['date', '日期'], ['region', '地区'], ['status', '状态', 'event_status'], ['actors', '参与方', 'list']],
  policies: [['title', '名称'], ['kind', '类型'], ['date', '日期'], ['region', '地区'], ['issuers', '发布机关', 'list']],
  people: [['name', '姓名'], ['positions', '职务', 'list'], ['organization', '所属机构']],
  organizations: [['name', '名称'], ['type', '类型']],
  facilities: [['name', '名称'], ['kind', '类型', 'facility_kind'], ['region', '地区'], ['operator', '运营方']],
  funds: [['name', '名称'], ['region', '地区'], ['sponsor', '发起方']],
  calls: [['name', '名称'], ['issuer', '发布机关'], ['date', '日期'], ['deadline', '截止']],
  instruments: [['kind', '类型', 'instrument_kind'], ['name', '名称'], ['region', '地区'], ['target', '对象'], ['policy', '所属政策']],
  indicators: [['metric', '指标'], ['region', '地区'], ['period', '时期'], ['value', '数值'], ['unit', '单位'], ['basis', '口径', 'basis']],
  proposals: [['speaker', '提出人'], ['topics', '主题', 'list']],
};
const KIND_TITLES = Object.assign({ people: '人物', organizations: '机构' }, FACT_TITLES);

function fieldValue(row, field, type) {
  const v = row[field];
  return type === 'list' ? join(v) : (v ?? '');
}

// The sentence a fact was read from, in its document, with the text around it.
function inContext(text, sentence) {
  const at = sentence ? text.indexOf(sentence) : -1;
  if (at < 0) return h('p', { class: 'context' }, sentence || '（无原句）');
  const from = Math.max(0, at - 160), to = Math.min(text.length, at + sentence.length + 160);
  return h('p', { class: 'context' }, from > 0 ? '…' : '', text.slice(from, at), h('mark', {}, sentence),
    text.slice(at + sentence.length, to), to < text.length ? '…' : '');
}

let reviewKeys = null;

async function reviewPage() {
  if (!may('editor')) {
    show(h('h1', {}, '审核'), h('p', { class: 'error' }, '审核需要编辑或管理员账户。'));
    return;
  }
  const query = current();
  const kind = REVIEW_FIELDS[query.of] ? query.of : 'events';
  const scope = { region: query.region, from: query.from, to: query.to, source: query.source };
  const form = h('form', { class: 'query', id: 'review-scope' },
    h('select', { name: 'of', 'aria-label': '类别' }, Object.keys(REVIEW_FIELDS).map(k => h('option', { value: k, selected: k === kind }, KIND_TITLES[k]))),
    ['region', 'from', 'to', 'source'].map(f => h('input', { name: f, placeholder: { region: '地区', from: '起', to: '止', source: '来源' }[f],
      value: query[f] || '', size: 8, 'aria-label': f })),
    h('button', { type: 'submit' }, '载入'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const next = { of: form.elements.of.value };
    for (const f of ['region', 'from', 'to', 'source']) next[f] = form.elements[f].value.trim();
    navigate('/review?' + params(next));
  });
  const queue = await api('/api/review/queue?' + params(Object.assign({ of: kind, size: 100 }, scope)));
  const rows = queue.rows;
  // Facts beyond the page loaded: the count shown is of all still to review.
  const beyond = queue.total - rows.length;
  const made = [];
  const texts = {};
  let at = 0;
  let busy = false;
  const panel = h('div', { id: 'review-panel' });
  const status = h('p', { class: 'muted', id: 'review-status' });

  async function textOf(id) {
    if (!(id in texts)) texts[id] = (await api('/api/documents/' + encodeURIComponent(id))).text;
    return texts[id];
  }
  async function act(action, fields) {
    const row = rows[at];
    const body = { action, of: kind, document: row.document, key: row.key };
    if (fields) body.fields = fields;
    const change = await send('/api/review/changes', 'POST', body);
    made.push({ change, row, index: at });
    rows.splice(at, 1);
    if (at >= rows.length) at = Math.max(0, rows.length - 1);
    await draw();
  }
  function edited(editor) {
    const fields = {};
    for (const [field, , type] of REVIEW_FIELDS[kind]) {
      const input = editor.elements[field];
      const before = fieldValue(rows[at], field, type);
      const now = input.value.trim();
      if (now === String(before)) continue;
      fields[field] = type === 'list' ? now.split(/[、,，]+/).map(x => x.trim()).filter(Boolean)
        : now === '' ? null : field === 'value' && !isNaN(Number(now)) ? Number(now) : now;
    }
    return fields;
  }
  async function save(editor) {
    const fields = edited(editor);
    await (Object.keys(fields).length ? act('edit', fields) : act('accept'));
  }
  async function undo() {
    const last = made.pop();
    if (!last) return;
    await send(`/api/review/changes/${last.change.id}/undo`, 'POST');
    rows.splice(last.index, 0, last.row);
    at = last.index;
    await draw();
  }
  // The status changes once the panel shows the next fact, so what it says is what the keys act on.
  async function draw() {
    const counts = `待审 ${rows.length + beyond} 条 · 本次已处理 ${made.length} 条`;
    if (!rows.length) {
      panel.replaceChildren(h('p', { id: 'review-done' }, '这一类已全部审核。'));
      status.textContent = counts;
      return;
    }
    const row = rows[at];
    const editor = h('form', { class: 'review-fields', id: 'review-fields' }, REVIEW_FIELDS[kind].map(([field, name, type]) =>
      h('label', {}, name, type && type !== 'list'
        ? h('select', { name: field }, h('option', { value: '' }, '（空）'), Object.entries(LABELS[type] || {}).map(([code, word]) =>
          h('option', { value: code, selected: row[field] === code }, word)))
        : h('input', { name: field, value: fieldValue(row, field, type), size: field === 'title' || field === 'name' ? 32 : 14 }))),
      h('button', { type: 'submit', id: 'review-save' }, '保存修改（Enter）'));
    editor.addEventListener('submit', ev => { ev.preventDefault(); save(editor).catch(showError); });
    panel.replaceChildren(
      h('p', {}, h('b', {}, `第 ${at + 1} / ${rows.length} 条`), ' ', h('span', { class: 'muted' },
        `置信度 ${row.confidence === undefined ? '—' : Number(row.confidence).toFixed(2)} · `), docLink(row)),
      inContext(await textOf(row.document), row.sentence || row.title || row.name),
      editor,
      h('div', { class: 'review-actions' },
        h('button', { id: 'review-accept', onclick: () => act('accept').catch(showError) }, '接受（A）'),
        h('button', { id: 'review-reject', onclick: () => act('reject').catch(showError) }, '驳回（R）'),
        h('button', { onclick: () => { at = Math.max(0, at - 1); draw(); } }, '上一条（K）'),
        h('button', { onclick: () => { at = Math.min(rows.length - 1, at + 1); draw(); } }, '下一条（J）'),
        h('button', { id: 'review-undo', onclick: () => undo().catch(showError) }, '撤销（U）')),
      h('p', { class: 'error', id: 'review-error' }));
    panel.dataset.key = row.key;
    status.textContent = counts;
  }
  function showError(e) {
    const box = document.getElementById('review-error');
    if (box) box.textContent = e.message + (e.detail ? '：' + e.detail : '');
  }
  if (reviewKeys) document.removeEventListener('keydown', reviewKeys);
  reviewKeys = ev => {
    if (!document.getElementById('review-panel') || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(ev.target.tagName);
    if (ev.key === 'Escape' && typing) { ev.target.blur(); return; }
    if (typing || !rows.length && ev.key !== 'u') return;
    const keys = { a: () => act('accept'), r: () => act('reject'), u: () => undo(),
      j: () => { at = Math.min(rows.length - 1, at + 1); return draw(); }, k: () => { at = Math.max(0, at - 1); return draw(); },
      e: () => { document.querySelector('#review-fields input, #review-fields select')?.focus(); } };
    const f = keys[ev.key];
    // A key pressed while a change is on its way waits for none: it would act on the fact being replaced.
    if (f && !busy) {
      ev.preventDefault();
      busy = true;
      Promise.resolve(f()).catch(showError).finally(() => { busy = false; });
    }
  };
  document.addEventListener('keydown', reviewKeys);
  await draw();
  show(h('h1', {}, '审核：' + KIND_TITLES[kind]), h('p', { class: 'muted' },
    '最不确定的排在前面。快捷键：A 接受，R 驳回，E 修改，Enter 保存，J/K 下一条/上一条，U 撤销。'), form, status, panel);
}

async function changesPage() {
  const d = await api('/api/review/changes?size=500');
  const words = { accept: '接受', edit: '修改', reject: '驳回', merge: '合并', split: '拆分', undo: '撤销' };
  show(h('h1', {}, '修改记录'),
    h('div', { class: 'exports' }, '导出：', [['csv', 'CSV'], ['xlsx', 'Excel'], ['jsonl', 'JSON Lines']].map(([f, name]) =>
      h('a', { href: '/api/review/changes?format=' + f, download: '', class: 'export-' + f }, name))),
    dataTable([['编号', c => c.id], ['时间', c => new Date(c.time).toLocaleString('zh-CN')], ['用户', c => c.user],
      ['操作', c => words[c.action] || c.action], ['类别', c => KIND_TITLES[c.of] || c.of],
      ['对象', c => c.document === '*' ? c.key : link('/documents/' + c.document, c.sentence || c.key)],
      ['修改前', c => c.before], ['修改后', c => c.after],
      ['', c => c.undone_by ? h('span', { class: 'muted' }, `已由 #${c.undone_by} 撤销`) : c.action !== 'undo' && may('editor')
        ? h('button', { class: 'undo', onclick: async () => { await send(`/api/review/changes/${c.id}/undo`, 'POST'); route(); } }, '撤销') : '']],
    d.changes, 'changes'));
}

async function usersPage() {
  if (!may('admin')) {
    show(h('h1', {}, '账户'), h('p', { class: 'error' }, '管理账户需要管理员账户。'));
    return;
  }
  const d = await api('/api/users');
  const message = h('p', { class: 'error' });
  const form = h('form', { class: 'query', id: 'add-user' },
    h('input', { name: 'name', placeholder: '账户名', 'aria-label': '账户名' }),
    h('select', { name: 'role', 'aria-label': '角色' }, ROLES.map(r => h('option', { value: r }, r))),
    h('input', { name: 'password', type: 'password', placeholder: '密码（至少10位）', autocomplete: 'new-password', 'aria-label': '密码' }),
    h('button', { type: 'submit' }, '添加'));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      await send('/api/users', 'POST', { name: form.elements.name.value.trim(), role: form.elements.role.value, password: form.elements.password.value });
      route();
    } catch (e) { message.textContent = e.message + (e.detail ? '：' + e.detail : ''); }
  });
  show(h('h1', {}, '账户'), dataTable([['账户', u => u.name], ['角色', u => u.role], ['创建', u => new Date(u.created).toLocaleDateString('zh-CN')],
    ['', u => u.name === ME.user ? '' : h('button', { onclick: async () => { await send('/api/users/' + encodeURIComponent(u.name), 'DELETE'); route(); } }, '删除')]],
  d.users, 'users'), h('h2', {}, '添加账户'), form, message);
}

// An editor's merge and split of a policy record, under its page; records whose titles end alike are offered.
async function policyEditing(p) {
  if (!may('editor')) return null;
  const ending = p.title.replace(/[《》〈〉]/g, '').replace(/[（(][^）)]*[）)]$/, '').slice(-6);
  const similar = (await api('/api/policy-records?' + params({ q: ending, size: 20 }))).rows.filter(r => r.id !== p.id);
  const message = h('p', { class: 'error', id: 'record-error' });
  const run = async body => {
    try {
      const c = await send('/api/review/changes', 'POST', body);
      navigate('/policy-records/' + encodeURIComponent(body.action === 'split' ? JSON.parse(c.after).record : body.action === 'merge' ? body.into : p.id));
    } catch (e) { message.textContent = e.message + (e.detail ? '：' + e.detail : ''); }
  };
  const into = h('input', { name: 'into', placeholder: '另一档案的编号', size: 40, 'aria-label': '并入的档案' });
  const docs = [...new Map(p.mentions.map(m => [m.documentId, m])).values()];
  const boxes = docs.map(m => h('label', { class: 'split-doc' }, h('input', { type: 'checkbox', value: m.documentId }), m.article || m.documentId));
  return h('section', { id: 'record-editing' }, h('h2', {}, '编辑'),
    similar.length ? [h('p', {}, '名称相近的档案：'), h('ul', { id: 'similar-records' }, similar.map(r => h('li', {},
      link('/policy-records/' + encodeURIComponent(r.id), r.title), ' ', h('span', { class: 'muted' },
        `${r.region || '全国'} · ${new Set((r.mentions || []).map(m => m.documentId)).size} 篇`), ' ',
      h('button', { class: 'merge-into', onclick: () => run({ action: 'merge', of: 'policies', from: p.id, into: r.id }) }, '并入此档案'))))] : null,
    h('p', {}, '与另一档案是同一政策：', into, ' ', h('button', { id: 'merge-record', onclick: () => into.value.trim() &&
      run({ action: 'merge', of: 'policies', from: p.id, into: into.value.trim() }) }, '并入该档案')),
    docs.length > 1 ? h('p', {}, '其中几篇文章说的是另一项政策：', boxes, ' ', h('button', { id: 'split-record', onclick: () =>
      run({ action: 'split', record: p.id, documents: boxes.map(b => b.firstChild).filter(c => c.checked).map(c => c.value) }) }, '拆分为新档案')) : null,
    message);
}

async function organizationEditing(name) {
  if (!may('editor')) return null;
  const message = h('p', { class: 'error' });
  const failed = e => { message.textContent = e.message + (e.detail ? '：' + e.detail : ''); };
  const into = h('input', { name: 'into', placeholder: '规范名称', size: 24, 'aria-label': '合并为' });
  const other = h('input', { name: 'other', placeholder: '另一机构的名称', size: 24, 'aria-label': '另一机构' });
  const naming = (await api('/api/search?' + params({ org: name, size: 100, sort: 'date' }))).hits;
  const boxes = naming.map(hit => h('label', { class: 'split-doc' }, h('input', { type: 'checkbox', value: hit.id }), hit.title || hit.id));
  return h('section', { id: 'org-editing' }, h('h2', {}, '编辑'), h('p', {}, '与另一机构是同一个：', into, ' ',
    h('button', { id: 'merge-org', onclick: async () => {
      try {
        await send('/api/review/changes', 'POST', { action: 'merge', of: 'organizations', from: name, into: into.value.trim() });
        navigate('/organizations/' + encodeURIComponent(into.value.trim()));
      } catch (e) { failed(e); }
    } }, '合并')),
    naming.length > 1 ? h('p', {}, '其中几篇文章说的是另一机构：', boxes, ' ', other, ' ', h('button', { id: 'split-org', onclick: async () => {
      try {
        await send('/api/review/changes', 'POST', { action: 'split', of: 'organizations', name, into: other.value.trim(),
          documents: boxes.map(b => b.firstChild).filter(c => c.checked).map(c => c.value) });
        route();
      } catch (e) { failed(e); }
    } }, '拆分')) : null, message);
}

// ---- routing --------------------------------------------------------------------------------------------------
function navigate(path) {
  history.pushState(null, '', path);
  route();
}

async function route() {
  const path = decodeURIComponent(location.pathname);
  const parts = path.split('/').filter(Boolean);
  delete app.dataset.ready;
  if (reviewKeys && parts[0] !== 'review') { document.removeEventListener('keydown', reviewKeys); reviewKeys = null; }
  try {
    if (!ME.known) {
      ME = Object.assign(await (await fetch('/api/me', { headers: { Accept: 'application/json' } })).json(), { known: true });
      drawAccount();
    }
    if (parts[0] === 'login') {
      await loginPage();
      document.title = '登录 · 科创雷达';
      app.dataset.ready = path;
      return;
    }
    if (ME.accounts && !ME.user) throw new LoginNeeded();
    if (!LABELS.type) LABELS = await api('/api/labels');
    if (parts.length === 0 || parts[0] === 'search') await searchPage();
    else if (parts[0] === 'documents' && parts[1]) await documentPage(parts[1]);
    else if (parts[0] === 'regions' && parts[1]) await regionPage(parts[1]);
    else if (parts[0] === 'organizations' && parts[1]) await namedDossier('org', parts.slice(1).join('/'));
    else if (parts[0] === 'people' && parts[1]) await namedDossier('person', parts.slice(1).join('/'));
    else if (parts[0] === 'policy-records' && parts[1]) await policyRecordPage(parts.slice(1).join('/'));
    else if (parts[0] === 'policy-records') await policyRecordsPage();
    else if (TABLES[parts[0]]) await tablePage(parts[0]);
    else if (parts[0] === 'brief') await briefPage();
    else if (parts[0] === 'timeline') await timelinePage();
    else if (parts[0] === 'map') await mapPage();
    else if (parts[0] === 'matrix') await matrixPage();
    else if (parts[0] === 'watches') await watchesPage();
    else if (parts[0] === 'review') await reviewPage();
    else if (parts[0] === 'changes') await changesPage();
    else if (parts[0] === 'users') await usersPage();
    else show(h('p', {}, '页面不存在。'));
    document.title = (document.querySelector('h1')?.textContent || '') + ' · 科创雷达';
    app.dataset.ready = path;
  } catch (e) {
    if (e instanceof LoginNeeded) {
      history.replaceState(null, '', '/login?' + params({ next: location.pathname + location.search }));
      ME = { user: null, accounts: true, known: true };
      drawAccount();
      await loginPage();
    } else {
      fail(e);
    }
    app.dataset.ready = path;
  }
}

document.addEventListener('click', ev => {
  const a = ev.target.closest('a[data-nav]');
  if (!a || ev.metaKey || ev.ctrlKey || ev.shiftKey || a.target) return;
  ev.preventDefault();
  navigate(a.getAttribute('href'));
});
window.addEventListener('popstate', route);
route();
