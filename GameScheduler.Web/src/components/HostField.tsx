import { useState } from 'react';
import type { Member } from '../api/types';
import { MemberPicker } from './MemberPicker';

interface HostFieldProps {
  guildId: string;
  onChange: (userId: string) => void;
  error?: string;
}

/** For bot managers creating a game: another member who hosts it ("" for themselves). */
export function HostField({ guildId, onChange, error }: HostFieldProps) {
  const [host, setHost] = useState<Member | null>(null);
  const pick = (member: Member | null) => {
    setHost(member);
    onChange(member?.user_id ?? '');
  };

  return (
    <MemberPicker
      id="game-host"
      label="Host"
      guildId={guildId}
      value={host}
      onChange={pick}
      error={error}
      hint="Leave empty to host the game yourself."
    />
  );
}
