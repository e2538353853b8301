// Kechuang Radar web UI: one page that reads its address and draws from the REST API.
// Every piece of document data is put into the page as text (textContent), never as markup.
'use strict';

const DIMS = [
  ['region', '地区'], ['body', '政府机构'], ['org', '机构'], ['person', '人物'], ['industry', '产业'],
  ['kind', '政策类型'], ['type', '事件类型'], ['source', '来源'],
];
const DIM_LABEL = Object.fromEntries(DIMS);
const SHARED = ['q', 'region', 'org', 'body', 'person', 'kind', 'type', 'industry', 'from', 'to', 'source', 'sort'];
const EVENT_TYPES = {
  issued: '发布', adopted: '通过', in_force: '施行', opened: '启用', approved: '获批', started: '开工', built: '建成',
  accepted: '验收', signed: '签约', settled: '落户', established: '成立', call: '征集', meeting: '会议', visit: '调研',
  announced: '宣布', other: '其他',
};
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
  for (const c of children.flat()) {
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

// The server's write token, kept for this tab only; saved searches (watches) need it.
function authHeaders() {
  const t = sessionStorage.getItem('radar-token');
  return t ? { Authorization: 'Bearer ' + t } : {};
}

// Sends a request that needs the token; asks for it once when the server says it is missing or wrong.
async function withToken(path, init) {
  const send = () => fetch(path, Object.assign({}, init, { headers: Object.assign({}, init.headers, authHeaders()) }));
  let r = await send();
  if (r.status === 401) {
    const t = prompt('请输入写入令牌（服务器启动时的 --token）');
    if (!t) return r;
    sessionStorage.setItem('radar-token', t);
    r = await send();
  }
  return r;
}

// What an HTTP status means to a reader; the server's own words stay available as the detail.
const PROBLEMS = {
  400: '请求有误', 401: '需要写入令牌', 403: '无权执行此操作', 404: '未找到所请求的内容', 413: '内容过大',
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
  if (!r.ok) throw await problemOf(r);
  return r.json();
}

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
  app.replaceChildren(...parts.flat().filter(x => x !== null && x !== undefined && x !== false));
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
  show(h('h1', {}, '搜索'), form, chips,
    h('div', { class: 'layout' }, facets, h('div', { class: 'results' },
      h('p', { class: 'muted total' }, `共 ${result.total} 篇文章`), exportLinks('/api/search', query), watch, hits,
      pager(result.total, page, 20, p => navigate('/search?' + params(Object.assign(shared(query), { page: p })))))));

}

function labelOf(result, dim, value) {
  const found = ((result.facets || {})[dim] || []).find(v => v.value === value);
  return shown(dim, found ? found.label : value);
}

// Event types travel as English keys; the page shows them in Chinese.
function shown(dim, label) {
  return dim === 'type' ? (EVENT_TYPES[label] || label) : label;
}

async function documentPage(id) {
  const d = await api('/api/documents/' + encodeURIComponent(id));
  const r = d.record;
  const text = h('div', { class: 'text', id: 'clean-text' }, mentionText(d.text, d.mentions || []));
  const original = h('pre', { class: 'original', id: 'original-text', hidden: true }, d.original);
  const toggle = h('button', { id: 'show-original', onclick: () => {
    const showing = !original.hidden;
    original.hidden = showing; text.hidden = !showing;
    toggle.textContent = showing ? '查看原文' : '查看清洗后文本';
  } }, '查看原文');
  const side = h('aside', {},
    section('政策', r.policies, p => [p.title, ' ', h('span', { class: 'muted' }, [p.kind, p.date, join(p.issuers)].filter(Boolean).join(' · '))]),
    section('事件', r.events, e => [h('b', {}, EVENT_TYPES[e.type] || e.type), ' ', e.date || '', ' ', e.summary || '']),
    section('人物', r.people, p => [link('/people/' + encodeURIComponent(p.name), p.name), ' ', join(p.positions), p.organization ? '（' + p.organization + '）' : '']),
    section('机构', r.organizations, o => link('/organizations/' + encodeURIComponent(o.name), o.name)),
    section('地区', r.regions, g => link('/regions/' + (g.code || encodeURIComponent(g.name)), g.name)),
    section('数量', r.quantities, q => [q.text, q.subject ? ' · ' + q.subject : '']),
    section('产业', r.industry_focus, f => [f.region || '', ' ', join(f.industries)]));
  const legend = h('div', { class: 'legend' }, Object.entries(MENTION_TYPES).map(([t, label]) => h('span', { class: 'm m-' + t }, label)));
  show(h('h1', {}, d.title || '(无标题)'),
    h('p', { class: 'muted' }, [when(d.published), ' · ', d.sources.map(origin).join('，')]),
    toggle, legend, h('div', { class: 'doc' }, h('div', {}, text, original), side));
}

function section(title, items, render) {
  if (!items || !items.length) return null;
  return h('section', { 'data-section': title }, h('h3', {}, `${title}（${items.length}）`),
    h('ul', {}, items.map(i => h('li', {}, render(i)))));
}

// The clean text with each mention wrapped in a coloured span; overlapping mentions keep the first.
function mentionText(text, mentions) {
  const out = [];
  let at = 0;
  for (const m of mentions.slice().sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < at || m.end > text.length) continue;
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
  out.push(document.createTextNode(text.slice(at)));
  return out;
}

function mentionTarget(m) {
  const name = encodeURIComponent(m.canonical);
  if (m.type === 'REGION') return '/regions/' + name;
  if (m.type === 'GOVERNMENT' || m.type === 'ORGANIZATION' || m.type === 'COMPANY') return '/organizations/' + name;
  if (m.type === 'PERSON') return '/people/' + name;
  return null;
}

async function regionPage(code) {
  const d = await api('/api/regions/' + encodeURIComponent(code));
  const counts = (list, dim) => list.length ? h('ul', {}, list.map(v => h('li', {}, dimPath(dim, v.value, v.label), ' ', h('span', { class: 'muted' }, v.count)))) : h('p', { class: 'muted' }, '暂无');
  show(
    h('h1', {}, d.name),
    h('p', { class: 'muted' }, [d.parent ? link('/regions/' + d.parent.code, d.parent.name) : null, d.parent ? ' · ' : '',
      `区划代码 ${d.code} · ${d.documents} 篇文章 · `, link('/search?' + params({ region: d.code }), '查看全部文章')]),
    h('div', { class: 'cards' },
      h('div', { class: 'card', id: 'dossier-industries' }, h('h3', {}, '重点产业'), counts(d.industry, 'industry')),
      h('div', { class: 'card', id: 'dossier-bodies' }, h('h3', {}, '政府机构'), counts(d.body, 'body')),
      h('div', { class: 'card' }, h('h3', {}, '机构'), counts(d.org, 'org')),
      h('div', { class: 'card' }, h('h3', {}, '人物'), counts(d.person, 'person'))),
    h('h2', {}, `政策（${d.policies.total}）`), policyTable(d.policies.rows),
    h('h2', {}, `事件（${d.events.total}）`), eventTable(d.events.rows),
    d.children.some(c => c.documents) ? h('h2', {}, '下辖地区') : null,
    h('div', { class: 'chips' }, d.children.filter(c => c.documents).map(c =>
      h('span', { class: 'chip' }, link('/regions/' + c.code, c.name), ` ${c.documents}`))));
}

async function namedDossier(dim, name) {
  const title = dim === 'person' ? '人物' : '机构';
  const q = { [dim]: name };
  const [docs, policies, events, people] = await Promise.all([
    api('/api/search?' + params(Object.assign({ size: 10, sort: 'date' }, q))),
    api('/api/policies?' + params(Object.assign({ size: 50, sort: 'date' }, q))),
    api('/api/events?' + params(Object.assign({ size: 50, sort: 'date' }, q))),
    dim === 'person' ? api('/api/people?' + params(Object.assign({ size: 50 }, q))) : Promise.resolve(null)]);
  const facet = d => (docs.facets[d] || []).filter(v => v.value !== name).slice(0, 10);
  const positions = people ? [...new Set(people.rows.flatMap(r => r.positions || []).concat(people.rows.map(r => r.organization).filter(Boolean)))] : [];
  show(
    h('h1', {}, name), h('p', { class: 'muted' }, `${title} · ${docs.total} 篇文章 · `, link('/search?' + params(q), '查看全部文章')),
    positions.length ? h('p', {}, '职务与机构：' + positions.join('、')) : null,
    h('div', { class: 'cards' }, ['region', 'industry', 'body', 'person'].map(d => h('div', { class: 'card' },
      h('h3', {}, DIM_LABEL[d]), h('ul', {}, facet(d).map(v => h('li', {}, dimPath(d, v.value, v.label), ' ', h('span', { class: 'muted' }, v.count))))))),
    h('h2', {}, `政策（${policies.total}）`), policyTable(policies.rows),
    h('h2', {}, `事件（${events.total}）`), eventTable(events.rows),
    h('h2', {}, '最新文章'), h('ul', {}, docs.hits.map(hit => h('li', {}, link('/documents/' + hit.id, hit.title || '(无标题)'), ' ', h('span', { class: 'muted' }, when(hit.published))))));
}

function policyTable(rows) {
  return dataTable([
    ['政策名称', r => r.title], ['类型', r => r.kind], ['发布机关', r => join(r.issuers)], ['日期', r => r.date],
    ['地区', r => r.region], ['实施期限', r => period(r.period)], ['原句', r => r.sentence], ['文章', docLink]], rows, 'policies');
}

function eventTable(rows) {
  return dataTable([
    ['类型', r => EVENT_TYPES[r.type] || r.type], ['日期', r => r.date], ['地区', r => r.region], ['参与方', r => join(r.actors)],
    ['摘要', r => r.summary], ['文章', docLink]], rows, 'events');
}

async function tablePage(kind) {
  const query = current();
  const page = Number(query.page || 1);
  const fields = kind === 'policies' ? ['q', 'region', 'org', 'kind', 'industry', 'from', 'to']
    : ['q', 'region', 'org', 'type', 'industry', 'from', 'to'];
  const labels = { q: '关键词', region: '地区', org: '机构', kind: '政策类型', type: '事件类型', industry: '产业', from: '起', to: '止' };
  const form = h('form', { class: 'query' }, fields.map(f => h('input', { name: f, placeholder: labels[f], value: query[f] || '', size: f === 'q' ? 16 : 8, 'aria-label': labels[f] })),
    h('select', { name: 'sort', 'aria-label': '排序' }, h('option', { value: 'date', selected: query.sort !== 'relevance' }, '按日期'),
      h('option', { value: 'relevance', selected: query.sort === 'relevance' }, '按相关度')),
    h('button', { type: 'submit' }, '筛选'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const next = {};
    for (const f of fields.concat(['sort'])) next[f] = form.elements[f].value.trim();
    navigate(location.pathname + '?' + params(next));
  });
  const q = Object.assign({ sort: 'date' }, shared(query));
  const result = await api(`/api/${kind}?` + params(Object.assign({}, q, { page, size: 50 })));
  show(h('h1', {}, kind === 'policies' ? '政策' : '事件'), form, exportLinks('/api/' + kind, q),
    kind === 'policies' ? policyTable(result.rows) : eventTable(result.rows),
    pager(result.total, page, 50, p => navigate(location.pathname + '?' + params(Object.assign(shared(query), { page: p })))));
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
  const name = s => by === 'type' ? (EVENT_TYPES[s] || s) : s;
  const select = h('select', { 'aria-label': '统计对象', onchange: e => navigate('/timeline?' + params(Object.assign(shared(query), { by: e.target.value }))) },
    h('option', { value: 'type', selected: by === 'type' }, '事件（按类型）'), h('option', { value: 'kind', selected: by === 'kind' }, '政策（按类型）'));
  const rows = d.months.map((m, i) => ({ month: m, counts: d.series.map(s => s.counts[i]) }));
  const table = dataTable([['月份', r => r.month]].concat(d.series.map((s, j) => [name(s.name), r => r.counts[j]])), rows, 'timeline');
  show(h('h1', {}, '时间线'), select, ...chartWithTable(chart => chart.setOption({
    tooltip: { trigger: 'axis', formatter: ps => escapeHtml(ps[0].axisValue) + '<br>' + ps.filter(p => p.value).map(p => escapeHtml(p.seriesName + '：' + p.value)).join('<br>') },
    legend: { type: 'scroll' }, grid: { left: 40, right: 20, bottom: 60 },
    xAxis: { type: 'category', data: d.months }, yAxis: { type: 'value', minInterval: 1 },
    dataZoom: [{ type: 'slider' }],
    series: d.series.map(s => ({ name: name(s.name), type: 'bar', stack: 'all', data: s.counts })),
  }), table));
}

let chinaMap = null;
async function mapPage() {
  const query = current();
  const by = ['policies', 'events', 'documents'].includes(query.by) ? query.by : 'policies';
  const [d, geo] = await Promise.all([api('/api/map?' + params(Object.assign({ by }, shared(query)))),
    chinaMap ? Promise.resolve(chinaMap) : fetch('/vendor/map/100000.json').then(r => r.json())]);
  chinaMap = geo;
  const label = { policies: '政策', events: '事件', documents: '文章' }[by];
  const select = h('select', { 'aria-label': '统计对象', onchange: e => navigate('/map?' + params(Object.assign(shared(query), { by: e.target.value }))) },
    ['policies', 'events', 'documents'].map(v => h('option', { value: v, selected: v === by }, { policies: '政策数', events: '事件数', documents: '文章数' }[v])));
  const max = Math.max(1, ...d.provinces.map(p => p.count));
  const table = dataTable([['省份', p => link('/regions/' + p.code, p.name)], [label + '数', p => p.count]], d.provinces, 'map');
  show(h('h1', {}, `各省${label}分布`), select, ...chartWithTable(chart => {
    if (!echarts.getMap('china')) echarts.registerMap('china', geo);
    chart.setOption({
      tooltip: { formatter: p => escapeHtml(`${p.name}：${p.value || 0}`) },
      visualMap: { min: 0, max, left: 'left', bottom: 10, text: ['多', '少'], calculable: true, inRange: { color: ['#fff7ed', '#b91c1c'] } },
      series: [{ type: 'map', map: 'china', roam: true, data: d.provinces.map(p => ({ name: p.name, value: p.count, code: p.code })) }],
    });
    chart.on('click', p => { if (p.data && p.data.code) navigate('/regions/' + p.data.code); });
  }, table));
}

async function matrixPage() {
  const query = current();
  const rows = query.rows || 'region', cols = query.cols || 'industry';
  const d = await api('/api/matrix?' + params(Object.assign({ rows, cols, level: query.level }, shared(query))));
  const dims = DIMS.concat([['month', '月份']]);
  const pick = (name, value) => h('select', { name, 'aria-label': name === 'rows' ? '行' : '列', onchange: e =>
    navigate('/matrix?' + params(Object.assign(shared(query), { rows, cols, [name]: e.target.value }))) },
    dims.map(([v, l]) => h('option', { value: v, selected: v === value }, l)));
  const cell = {};
  for (const c of d.cells) cell[c.row + ',' + c.col] = c;
  const tableRows = d.rows.map((r, i) => ({ r, i }));
  const table = dataTable([[DIM_LABEL[rows] || rows, x => x.r.label]].concat(d.cols.map((c, j) => [c.label, x => {
    const hit = cell[x.i + ',' + j];
    return hit ? link(hit.search, String(hit.count)) : '';
  }])), tableRows, 'matrix');
  show(h('h1', {}, '地区 × 产业'), h('p', {}, '行 ', pick('rows', rows), ' 列 ', pick('cols', cols),
    h('span', { class: 'muted' }, ' 单元格为同时提及两者的文章数，点击查看文章')), ...chartWithTable(chart => {
    chart.setOption({
      tooltip: { formatter: p => escapeHtml(`${d.rows[p.value[1]].label} × ${d.cols[p.value[0]].label}：${p.value[2]}`) },
      grid: { left: 110, bottom: 110, right: 20, top: 10 },
      xAxis: { type: 'category', data: d.cols.map(c => c.label), axisLabel: { rotate: 45 } },
      yAxis: { type: 'category', data: d.rows.map(r => r.label) },
      visualMap: { min: 0, max: Math.max(1, ...d.cells.map(c => c.count)), orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#fff7ed', '#b91c1c'] } },
      series: [{ type: 'heatmap', data: d.cells.map(c => [c.col, c.row, c.count]), label: { show: true, color: '#1d2433' } }],
    });
    chart.on('click', p => { const hit = cell[p.value[1] + ',' + p.value[0]]; if (hit) navigate(hit.search); });
  }, table));
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

// ---- routing --------------------------------------------------------------------------------------------------
function navigate(path) {
  history.pushState(null, '', path);
  route();
}

async function route() {
  const path = decodeURIComponent(location.pathname);
  const parts = path.split('/').filter(Boolean);
  delete app.dataset.ready;
  try {
    if (parts.length === 0 || parts[0] === 'search') await searchPage();
    else if (parts[0] === 'documents' && parts[1]) await documentPage(parts[1]);
    else if (parts[0] === 'regions' && parts[1]) await regionPage(parts[1]);
    else if (parts[0] === 'organizations' && parts[1]) await namedDossier('org', parts.slice(1).join('/'));
    else if (parts[0] === 'people' && parts[1]) await namedDossier('person', parts.slice(1).join('/'));
    else if (parts[0] === 'policies') await tablePage('policies');
    else if (parts[0] === 'events') await tablePage('events');
    else if (parts[0] === 'timeline') await timelinePage();
    else if (parts[0] === 'map') await mapPage();
    else if (parts[0] === 'matrix') await matrixPage();
    else if (parts[0] === 'watches') await watchesPage();
    else show(h('p', {}, '页面不存在。'));
    document.title = (document.querySelector('h1')?.textContent || '') + ' · 科创雷达';
    app.dataset.ready = path;
  } catch (e) {
    fail(e);
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
