import { t } from './i18n';

interface Props {
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** The "Reader mode" switch: a real switch role with its state in aria-checked. */
export function ReaderSwitch({ checked, disabled, onChange }: Props) {
  return (
    <button
      type="button"
      role="switch"
      class="ql-switch"
      aria-checked={checked ? 'true' : 'false'}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="ql-switch-track" aria-hidden="true">
        <span class="ql-switch-thumb" />
      </span>
      <span class="ql-switch-label">{t('readerMode')}</span>
    </button>
  );
}
