import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n';

interface Props {
  label: string;
  /** A fuller name for screen readers that starts with the visible label ("Copy quotes by Ada Park"). */
  accessibleLabel?: string;
  /** Copies and resolves once the clipboard holds the text; rejects when copying failed. */
  onCopy: () => Promise<void>;
}

/** A copy button whose confirmation is visible and announced to screen readers. */
export function CopyButton({ label, accessibleLabel, onCopy }: Props) {
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = () => onCopy().then(() => setStatus(t('copied')), () => setStatus(t('copyFailed')));
  return (
    <span class="ql-copy">
      <button type="button" class="ql-button" aria-label={accessibleLabel} onClick={copy}>
        {label}
      </button>
      <span class="ql-copy-status" role="status">
        {status}
      </span>
    </span>
  );
}
