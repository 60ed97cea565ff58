import { useEffect, useState } from 'preact/hooks';

interface Props {
  label: string;
  /** Copies and resolves once the clipboard holds the text; rejects when copying failed. */
  onCopy: () => Promise<void>;
}

/** A copy button whose confirmation is visible and announced to screen readers. */
export function CopyButton({ label, onCopy }: Props) {
  const [status, setStatus] = useState<'' | 'Copied' | 'Copy failed'>('');
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = () => onCopy().then(() => setStatus('Copied'), () => setStatus('Copy failed'));
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
