import { el } from './dom.js';

// Discord's markdown as DOM nodes. Text only ever becomes text nodes (never HTML), so content cannot inject markup.
// `names` resolves mentions: { user(id), role(id), channel(id) } → a name, or undefined when unknown.

const TIMESTAMP_FORMATS = {
  t: { hour: 'numeric', minute: '2-digit' },
  T: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
  d: { day: '2-digit', month: '2-digit', year: 'numeric' },
  D: { day: 'numeric', month: 'long', year: 'numeric' },
  f: { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  F: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' },
};

const RELATIVE_UNITS = [['year', 31536000], ['month', 2592000], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];

// Inline rules, tried in order at each position; the first that matches wins. Each regex is sticky (matches only there).
const INLINE_RULES = [
  [/\\([^0-9A-Za-z\s])/y, match => match[1]],
  [/```(?:[\w+\-.#]*\n)?\n*([^]*?)\n*```/y, match => el('pre', {}, el('code', {}, match[1]))],
  [/(`+)([^]*?[^`])\1(?!`)/y, match => el('code', {}, match[2].replace(/^ (.*) $/s, '$1'))],
  [/<@!?(\d+)>/y, (match, names) => mention('@', names.user(match[1]))],
  [/<@&(\d+)>/y, (match, names) => mention('@', names.role(match[1]))],
  [/<#(\d+)>/y, (match, names) => mention('#', names.channel(match[1]))],
  [/<t:(-?\d{1,13})(?::([tTdDfFR]))?>/y, match => timestamp(Number(match[1]), match[2] ?? 'f')],
  [/\[([^\[\]]+)\]\(<?(https?:\/\/[^\s<>()]+)>?\)/y, (match, names) => link(match[2], inline(match[1], names))],
  [/<(https?:\/\/[^\s<>]+)>/y, match => link(match[1], match[1])],
  [/https?:\/\/[^\s<]*[^\s<.,:;"')\]]/y, match => link(match[0], match[0])],
  [/\*\*(?=\S)([^]*?\S)\*\*(?!\*)/y, (match, names) => el('strong', {}, inline(match[1], names))],
  [/__(?=\S)([^]*?\S)__(?!_)/y, (match, names) => el('u', {}, inline(match[1], names))],
  [/\*(?=[^\s*])((?:\*\*[^]*?\*\*|\\.|[^*\\])*?[^\s\\])\*(?!\*)/y, (match, names) => el('em', {}, inline(match[1], names))],
  [/(?<![\w\\])_(?=[^\s_])((?:\\.|[^_\\])*?[^\s\\])_(?!\w)/y, (match, names) => el('em', {}, inline(match[1], names))],
  [/~~(?=\S)([^]*?\S)~~/y, (match, names) => el('s', {}, inline(match[1], names))],
  [/\|\|([^]+?)\|\|/y, (match, names) => el('span', { className: 'spoiler' }, inline(match[1], names))],
];

// Characters at which a rule may start; text between them is taken in one piece.
const RULE_START = /[\\`<\[h*_~|]/g;

export function renderMarkdown(text, names) {
  const blocks = [];
  let paragraph = [];
  const endParagraph = () => {
    if (paragraph.length) blocks.push(...inline(paragraph.join('\n'), names));
    paragraph = [];
  };
  const lines = splitKeepingCodeBlocks(text);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    let match;
    if (line.startsWith('>>> ')) {
      endParagraph();
      blocks.push(el('blockquote', {}, inline([line.slice(4), ...lines.slice(index + 1)].join('\n'), names)));
      break;
    } else if (line.startsWith('> ') || line === '>') {
      endParagraph();
      const quoted = [line.slice(2)];
      while (lines[index + 1]?.startsWith('> ') || lines[index + 1] === '>') quoted.push(lines[++index].slice(2));
      blocks.push(el('blockquote', {}, inline(quoted.join('\n'), names)));
    } else if ((match = /^(#{1,3}) (.+)$/.exec(line))) {
      endParagraph();
      // h4–h6: the page's own headings use h1–h3.
      blocks.push(el(`h${match[1].length + 3}`, {}, inline(match[2], names)));
    } else if ((match = /^-# (.+)$/.exec(line))) {
      endParagraph();
      blocks.push(el('small', { className: 'subtext' }, inline(match[1], names)));
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  return blocks;
}

/** Inline markdown only, as Discord renders embed titles and field names. */
export function renderInlineMarkdown(text, names) {
  return inline(text, names);
}

/** Mention names from the emulator's /_emulator/state. */
export function namesFrom(state) {
  const users = new Map(state.users.map(user => [user.id, user.username]));
  const roles = new Map(state.guilds.flatMap(guild => guild.roles.map(role => [role.id, role.name])));
  const channels = new Map(state.guilds.flatMap(guild => guild.channels.map(channel => [channel.id, channel.name])));
  return { user: id => users.get(id), role: id => roles.get(id), channel: id => channels.get(id) };
}

function inline(text, names) {
  const nodes = [];
  let plain = '';
  let position = 0;
  while (position < text.length) {
    const produced = applyRule(text, position, names);
    if (produced) {
      if (plain) nodes.push(plain);
      plain = '';
      nodes.push(produced.node);
      position = produced.end;
      continue;
    }
    RULE_START.lastIndex = position + 1;
    const next = RULE_START.exec(text)?.index ?? text.length;
    plain += text.slice(position, next);
    position = next;
  }
  if (plain) nodes.push(plain);
  return nodes;
}

function applyRule(text, position, names) {
  for (const [pattern, build] of INLINE_RULES) {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (match) return { node: build(match, names), end: position + match[0].length };
  }
  return null;
}

// Lines, except that a ``` code block stays in one piece so the line rules never look inside it.
function splitKeepingCodeBlocks(text) {
  const lines = [];
  for (const part of text.split(/(```[^]*?```)/)) {
    const partLines = part.split('\n');
    if (lines.length) lines[lines.length - 1] += partLines.shift();
    lines.push(...partLines);
  }
  return lines;
}

function mention(prefix, name) {
  return el('span', { className: 'mention' }, `${prefix}${name ?? 'unknown'}`);
}

function link(href, label) {
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label);
}

function timestamp(seconds, style) {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return `<t:${seconds}:${style}>`;
  const full = date.toLocaleString(undefined, TIMESTAMP_FORMATS.F);
  const text = style === 'R' ? relative(seconds) : date.toLocaleString(undefined, TIMESTAMP_FORMATS[style]);
  return el('time', { className: 'timestamp', datetime: date.toISOString(), title: full }, text);
}

function relative(seconds) {
  const delta = seconds - Date.now() / 1000;
  const [unit, size] = RELATIVE_UNITS.find(([, length]) => Math.abs(delta) >= length) ?? RELATIVE_UNITS.at(-1);
  return new Intl.RelativeTimeFormat(undefined, { numeric: 'always' }).format(Math.round(delta / size), unit);
}
