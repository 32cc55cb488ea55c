import { el, fetchJson } from './dom.js';

// The page is served at /oauth2/authorize with the client's query; approving re-requests it with emulator_user_id.
const query = new URLSearchParams(window.location.search);
document.getElementById('scopes').textContent = query.get('scope') ?? '';

const { body: state } = await fetchJson('/_emulator/state');
document.getElementById('users').replaceChildren(...state.users.map(user => {
  const approve = new URLSearchParams(query);
  approve.set('emulator_user_id', user.id);
  const guilds = state.guilds.filter(guild => user.guild_ids.includes(guild.id)).map(guild => guild.name).join(', ');
  return el('li', {}, el('a', { className: 'button primary', href: `/oauth2/authorize?${approve}` }, user.username),
    el('span', { className: 'hint' }, guilds || 'no guilds'));
}));

const denied = new URL(query.get('redirect_uri'));
denied.searchParams.set('error', 'access_denied');
if (query.has('state')) denied.searchParams.set('state', query.get('state'));
document.getElementById('cancel').href = denied.toString();
