import { Alert, Button, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { updateBotManagerRoles } from '../api/guilds';
import { queryKeys } from '../api/queryKeys';
import type { GuildDetails } from '../api/types';
import { QueryView } from '../components/QueryView';
import { RolesField } from '../components/RolesField';
import { useGuild } from '../hooks/queries';
import { useNotify } from '../hooks/useNotify';

/** Which Discord roles make their holders bot managers of this server. */
export function BotManagerRolesPage() {
  const { guildId = '' } = useParams();
  const guild = useGuild(guildId);

  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Bot managers
      </Typography>
      <QueryView query={guild} loadingLabel="Loading server settings">
        {(data) =>
          data.is_bot_manager ? (
            <BotManagerRolesForm key={data.bot_manager_role_ids.join()} guild={data} />
          ) : (
            <Alert severity="info">Only bot managers of {data.name} can change this.</Alert>
          )
        }
      </QueryView>
    </Stack>
  );
}

function BotManagerRolesForm({ guild }: { guild: GuildDetails }) {
  const [roleIds, setRoleIds] = useState(guild.bot_manager_role_ids);
  const queryClient = useQueryClient();
  const notify = useNotify();
  const save = useMutation({
    mutationFn: () => updateBotManagerRoles(guild.id, roleIds),
    onSuccess: () => {
      notify('Bot manager roles saved.', 'success');
      return queryClient.invalidateQueries({ queryKey: queryKeys.guild(guild.id), exact: true });
    },
    onError: (error) => notify(`Could not save the roles: ${error.message}`),
  });

  return (
    <Stack
      component="form"
      spacing={2}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Typography color="text.secondary">
        Members with any of these roles manage templates and may edit or cancel any game in {guild.name}. The server
        owner always can.
      </Typography>
      <RolesField id="bot-manager-roles" label="Bot manager roles" guildId={guild.id} value={roleIds} onChange={setRoleIds} />
      <Button type="submit" variant="contained" disabled={save.isPending} sx={{ alignSelf: 'flex-start' }}>
        Save
      </Button>
    </Stack>
  );
}
