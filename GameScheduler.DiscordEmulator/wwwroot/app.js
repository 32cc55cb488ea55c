import { el, fetchJson } from './dom.js';
import { namesFrom } from './markdown.js';
import { renderMessage } from './render.js';

const POLL_MS = 1500;
const FOLLOW_DEFERRED_MS = 10000;
const picker = document.getElementById('user-picker');
const nav = document.getElementById('guilds');
const title = document.getElementById('view-title');
const list = document.getElementById('messages');
const reply = document.getElementById('reply');
const commandForm = document.getElementById('command-form');

let state = { guilds: [], users: [] };
let names = namesFrom(state);
let view = null; // { kind: 'channel', guild, channel } or { kind: 'dms' }

const currentUser = () => state.users.find(user => user.id === picker.value);

async function loadState() {
  state = (await fetchJson('/_emulator/state')).body;
  names = namesFrom(state);
  const selected = picker.value;
  picker.replaceChildren(...state.users.map(user => el('option', { value: user.id }, user.username)));
  picker.value = state.users.some(user => user.id === selected) ? selected : state.users[0]?.id ?? '';
  renderNav();
}

function renderNav() {
  const user = currentUser();
  const guilds = state.guilds.filter(guild => user?.guild_ids.includes(guild.id));
  nav.replaceChildren(
    ...guilds.map(guild => el('section', {},
      el('h3', {}, guild.name),
      el('ul', {}, guild.channels.map(channel => el('li', {},
        el('button', { type: 'button', className: 'channel', onclick: () => open({ kind: 'channel', guild, channel }) }, `# ${channel.name}`)))))),
    el('section', {}, el('h3', {}, 'Direct messages'),
      el('button', { type: 'button', className: 'channel', onclick: () => open({ kind: 'dms' }) }, `DMs from the bot to ${user?.username ?? '…'}`)));
  if (view?.kind === 'channel' && !guilds.some(guild => guild.id === view.guild.id)) open(null);
}

function open(next) {
  view = next;
  rememberView();
  reply.hidden = true;
  commandForm.hidden = view?.kind !== 'channel';
  title.textContent = !view ? 'Pick a channel' : view.kind === 'dms' ? 'Direct messages' : `${view.guild.name} › #${view.channel.name}`;
  refreshMessages();
}

async function refreshMessages() {
  if (!view) return list.replaceChildren();
  const path = view.kind === 'dms' ? `/_emulator/users/${picker.value}/dms` : `/_emulator/channels/${view.channel.id}/messages`;
  const { response, body } = await fetchJson(path);
  if (response.ok) list.replaceChildren(...body.map(message => renderMessage(message, click, names)));
}

// A DM's buttons are clicked in its own channel, which the message names.
async function click(message, component) {
  await interact({ type: 'component', user_id: picker.value, channel_id: message.channel_id, message_id: message.id, custom_id: component.custom_id });
}

async function interact(request) {
  showReply(el('p', { className: 'hint' }, 'Waiting for the bot…'));
  const { response, body } = await fetchJson('/_emulator/interactions', { method: 'POST', body: JSON.stringify(request) });
  if (!response.ok) return showReply(el('p', { className: 'error' }, body?.detail ?? body?.title ?? `HTTP ${response.status}`));
  const interactionId = response.headers.get('X-Emulator-Interaction-Id');
  if (body.type === 4 || body.type === 7) showReply(renderMessage(body.data ?? {}, null, names));
  else showReply(el('p', { className: 'hint' }, 'The bot deferred its answer…'));
  if (body.type === 5) followDeferred(interactionId);
  refreshMessages();
}

// A deferred reply (type 5) arrives later as an edit of @original.
async function followDeferred(interactionId) {
  const deadline = Date.now() + FOLLOW_DEFERRED_MS;
  while (Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 500));
    const { body } = await fetchJson(`/_emulator/interactions/${interactionId}`);
    if (body?.original && (body.original.flags & 128) === 0) {
      return showReply(...[body.original, ...body.followups].map(message => renderMessage(message, null, names)));
    }
  }
}

function showReply(...nodes) {
  reply.hidden = false;
  reply.replaceChildren(el('h3', {}, 'Bot reply'), el('ol', { className: 'messages' }, nodes));
}

commandForm.addEventListener('submit', async event => {
  event.preventDefault();
  const options = document.getElementById('command-options').value.split(/\s+/).filter(Boolean).map(pair => {
    const [name, ...rest] = pair.split('=');
    const value = rest.join('=');
    return /^-?\d+$/.test(value) ? { name, type: 4, value: Number(value) } : { name, type: 3, value };
  });
  const name = document.getElementById('command-name').value.trim().replace(/^\//, '');
  await interact({ type: 'command', user_id: picker.value, channel_id: view.channel.id, name, options });
});

// The hash keeps who acts and where (#user=ID&channel=ID|dms), so a view can be bookmarked or shared.
function rememberView() {
  const hash = new URLSearchParams({ user: picker.value });
  if (view) hash.set('channel', view.kind === 'dms' ? 'dms' : view.channel.id);
  history.replaceState(null, '', `#${hash}`);
}

function restoreView() {
  const hash = new URLSearchParams(window.location.hash.slice(1));
  if (state.users.some(user => user.id === hash.get('user'))) picker.value = hash.get('user');
  renderNav();
  const channelId = hash.get('channel');
  const guild = state.guilds.find(candidate => currentUser()?.guild_ids.includes(candidate.id)
    && candidate.channels.some(channel => channel.id === channelId));
  open(channelId === 'dms' ? { kind: 'dms' } : guild ? { kind: 'channel', guild, channel: guild.channels.find(channel => channel.id === channelId) } : null);
}

picker.addEventListener('change', () => {
  reply.hidden = true;
  renderNav();
  rememberView();
  refreshMessages();
});
await loadState();
restoreView();
setInterval(refreshMessages, POLL_MS);
setInterval(loadState, POLL_MS * 4);
