import { el } from './dom.js';
import { renderInlineMarkdown, renderMarkdown } from './markdown.js';

const EPHEMERAL = 64;
const BUTTON_STYLES = { 1: 'primary', 2: 'secondary', 3: 'success', 4: 'danger', 5: 'link', 6: 'premium' };

// Renders a Discord message object (or an interaction callback's data) with its embeds and buttons; `names` resolves
// mentions (see markdown.js).
export function renderMessage(message, onButton, names) {
  const ephemeral = ((message.flags ?? 0) & EPHEMERAL) !== 0;
  return el('li', { className: ephemeral ? 'message ephemeral' : 'message' },
    message.author ? el('div', { className: 'meta' },
      el('strong', {}, message.author.global_name ?? message.author.username),
      message.author.bot ? el('span', { className: 'badge' }, 'BOT') : null,
      message.timestamp ? el('time', { datetime: message.timestamp }, new Date(message.timestamp).toLocaleString()) : null,
      message.edit_count ? el('span', { className: 'edited' }, `(edited ${message.edit_count}×)`) : null) : null,
    message.content ? el('div', { className: 'content' }, renderMarkdown(message.content, names)) : null,
    (message.embeds ?? []).map(embed => renderEmbed(embed, names)),
    (message.components ?? []).map(row => renderRow(row, component => onButton?.(message, component))),
    ephemeral ? el('p', { className: 'hint' }, 'Only you can see this') : null);
}

function renderEmbed(embed, names) {
  const color = embed.color === undefined || embed.color === null ? null : `#${embed.color.toString(16).padStart(6, '0')}`;
  return el('article', { className: 'embed', style: color ? `border-left-color: ${color}` : null },
    embed.author?.name ? el('div', { className: 'embed-author' }, embed.author.name) : null,
    embed.title ? el('h3', {}, embed.url
      ? el('a', { href: embed.url, target: '_blank', rel: 'noreferrer' }, renderInlineMarkdown(embed.title, names))
      : renderInlineMarkdown(embed.title, names)) : null,
    embed.description ? el('div', { className: 'description' }, renderMarkdown(embed.description, names)) : null,
    embed.fields?.length ? el('dl', { className: 'fields' }, embed.fields.map(field =>
      el('div', { className: field.inline ? 'field inline' : 'field' }, el('dt', {}, renderInlineMarkdown(field.name, names)), el('dd', {}, renderMarkdown(field.value, names))))) : null,
    embed.footer?.text || embed.timestamp ? el('footer', {}, [embed.footer?.text, embed.timestamp && new Date(embed.timestamp).toLocaleString()]
      .filter(Boolean).join(' • ')) : null);
}

function renderRow(row, onButton) {
  return el('div', { className: 'row' }, (row.components ?? []).map(component => {
    if (component.type !== 2) return el('span', { className: 'unsupported' }, `[component type ${component.type}]`);
    const label = [component.emoji?.name, component.label].filter(Boolean).join(' ');
    if (component.style === 5) return el('a', { className: 'button link', href: component.url, target: '_blank', rel: 'noreferrer' }, label);
    return el('button', {
      type: 'button',
      className: `button ${BUTTON_STYLES[component.style] ?? 'secondary'}`,
      disabled: component.disabled === true,
      onclick: () => onButton(component),
    }, label);
  }));
}
