import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n';

interface Props {
  label: string;
  /** Copies and resolves once the clipboard holds the text; rejects when copying failed. */
  onCopy: () => Promise<void>;
}

/** A copy button whose confirmation is visible and announced to screen readers. */
export function CopyButton({ label, onCopy }: Props) {
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = () => onCopy().then(() => setStatus(t('copied')), () => setStatus(t('copyFailed')));
  return (
    <span class="ql-copy">
      <button type="button" class="ql-button" onClick={copy}>
        {label}
      </button>
      <span class="ql-copy-status" role="status">
        {status}
      </span>
    </span>
  );
}
