import { TextField } from '@mui/material';
import { RolesField } from './RolesField';

/** Who may join, who is pinged when the game is announced, and what players are told when they sign up. */
export interface SignupRules {
  allowed_player_role_ids: string[];
  notify_role_ids: string[];
  signup_instructions: string;
}

type SignupRulesField = keyof SignupRules;

interface SignupRulesFieldsProps {
  /** Prefix of the inputs' ids: "game" gives "game-player-roles". */
  idPrefix: string;
  guildId: string;
  values: SignupRules;
  change: (changes: Partial<SignupRules>) => void;
  fieldErrors: Partial<Record<SignupRulesField, string>>;
  errorProps: (field: SignupRulesField, hint?: string) => { error: boolean; helperText?: string };
}

export function SignupRulesFields({ idPrefix, guildId, values, change, fieldErrors, errorProps }: SignupRulesFieldsProps) {
  return (
    <>
      <RolesField
        id={`${idPrefix}-player-roles`}
        label="Roles that may join"
        guildId={guildId}
        value={values.allowed_player_role_ids}
        onChange={(roleIds) => change({ allowed_player_role_ids: roleIds })}
        error={fieldErrors.allowed_player_role_ids}
        hint="Leave empty to let every member join. Applies to every sign-up method, on the web and in Discord; players the host adds are not limited by it."
      />
      <RolesField
        id={`${idPrefix}-notify-roles`}
        label="Roles to notify"
        guildId={guildId}
        value={values.notify_role_ids}
        onChange={(roleIds) => change({ notify_role_ids: roleIds })}
        error={fieldErrors.notify_role_ids}
        hint="Mentioned in the announcement, so their members are pinged."
      />
      <TextField
        id={`${idPrefix}-signup-instructions`}
        label="Sign-up instructions"
        multiline
        minRows={2}
        value={values.signup_instructions}
        onChange={(event) => change({ signup_instructions: event.target.value })}
        {...errorProps('signup_instructions', 'Shown on the game page and sent to each player who joins.')}
      />
    </>
  );
}
