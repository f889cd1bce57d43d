import { Button, CopyButton } from '@mantine/core';
import { IconCheck, type Icon } from '@tabler/icons-react';

type CopyTextButtonProps = {
  value: string;
  label: string;
  icon: Icon;
  /** What is copied, when the label alone does not say it. */
  title?: string;
};

/** A labelled button of the number's header that copies text and says "Copied" for a moment. */
export function CopyTextButton({ value, label, icon: ButtonIcon, title }: CopyTextButtonProps) {
  return (
    <CopyButton value={value} timeout={1500}>
      {({ copied, copy }) => (
        <Button
          variant="default"
          size="xs"
          onClick={copy}
          leftSection={
            copied ? <IconCheck size={14} aria-hidden /> : <ButtonIcon size={14} aria-hidden />
          }
          aria-live="polite"
          title={title}
        >
          {copied ? 'Copied' : label}
        </Button>
      )}
    </CopyButton>
  );
}
