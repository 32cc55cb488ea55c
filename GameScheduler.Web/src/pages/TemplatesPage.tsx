import { Button, Chip, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { queryKeys } from '../api/queryKeys';
import { deleteTemplate } from '../api/templates';
import type { Template } from '../api/types';
import { QueryView } from '../components/QueryView';
import { TemplateDialog } from '../components/TemplateDialog';
import { useTemplates } from '../hooks/queries';
import { useNotify } from '../hooks/useNotify';

type Editing = { template: Template | undefined } | undefined;

/** Bot managers keep the presets hosts create games from. */
export function TemplatesPage() {
  const { guildId = '' } = useParams();
  const templates = useTemplates(guildId);
  const [editing, setEditing] = useState<Editing>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const removal = useMutation({
    mutationFn: (template: Template) => deleteTemplate(template.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.templates(guildId) }),
    onError: (error, template) => notify(`Could not delete “${template.name}”: ${error.message}`),
  });

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h4" component="h1">
          Templates
        </Typography>
        <Button variant="contained" onClick={() => setEditing({ template: undefined })}>
          New template
        </Button>
      </Stack>
      <QueryView
        query={templates}
        loadingLabel="Loading templates"
        isEmpty={(data) => data.length === 0}
        empty="No templates yet. Games use the built-in defaults."
      >
        {(data) => (
          <Paper variant="outlined">
            <List aria-label="Templates">
              {[...data]
                .sort((a, b) => a.order - b.order)
                .map((template) => (
                  <ListItem key={template.id} data-template-id={template.id} sx={{ flexWrap: 'wrap', gap: 1 }}>
                    <ListItemText
                      primary={template.name}
                      secondary={`${template.max_players} players · ${template.duration_minutes} minutes`}
                    />
                    {template.is_default && <Chip size="small" label="Default" />}
                    <Button onClick={() => setEditing({ template })}>Edit</Button>
                    <Button color="error" onClick={() => removal.mutate(template)} disabled={removal.isPending}>
                      Delete
                    </Button>
                  </ListItem>
                ))}
            </List>
          </Paper>
        )}
      </QueryView>
      {editing && <TemplateDialog guildId={guildId} template={editing.template} onClose={() => setEditing(undefined)} />}
    </Stack>
  );
}
