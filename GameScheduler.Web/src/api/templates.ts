import { apiRequest } from './http';
import type { Template, TemplateInput } from './types';

const templatePath = (templateId: string) => `/api/v1/templates/${encodeURIComponent(templateId)}`;

export const listTemplates = (guildId: string, signal?: AbortSignal) =>
  apiRequest<Template[]>(`/api/v1/guilds/${encodeURIComponent(guildId)}/templates`, { signal });

export const createTemplate = (guildId: string, input: TemplateInput) =>
  apiRequest<Template>(`/api/v1/guilds/${encodeURIComponent(guildId)}/templates`, { method: 'POST', body: input });

export const updateTemplate = (templateId: string, input: TemplateInput) =>
  apiRequest<Template>(templatePath(templateId), { method: 'PUT', body: input });

export const deleteTemplate = (templateId: string) => apiRequest<void>(templatePath(templateId), { method: 'DELETE' });
