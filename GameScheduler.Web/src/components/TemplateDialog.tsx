import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';
import { createTemplate, updateTemplate } from '../api/templates';
import type { Template, TemplateInput } from '../api/types';
import { TemplateForm } from './TemplateForm';
import { emptyTemplateForm, formValuesFromTemplate } from './templateFormValues';

interface TemplateDialogProps {
  guildId: string;
  /** The template to edit; undefined to create one. */
  template: Template | undefined;
  onClose: () => void;
}

export function TemplateDialog({ guildId, template, onClose }: TemplateDialogProps) {
  const queryClient = useQueryClient();
  const save = (input: TemplateInput) => (template ? updateTemplate(template.id, input) : createTemplate(guildId, input));
  const saved = () => {
    // Making one template the default changes another, so reload them all.
    void queryClient.invalidateQueries({ queryKey: queryKeys.templates(guildId) });
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="template-dialog-title">
      <DialogTitle id="template-dialog-title">{template ? `Edit “${template.name}”` : 'New template'}</DialogTitle>
      <DialogContent>
        <TemplateForm
          guildId={guildId}
          initialValues={template ? formValuesFromTemplate(template) : emptyTemplateForm}
          onSubmit={save}
          onSaved={saved}
          onCancel={onClose}
        />
      </DialogContent>
    </Dialog>
  );
}
