import type { Voice } from '../utils/types';
import { CopyButton } from './CopyButton';
import { t } from './i18n';

interface Props {
  voices: Voice[];
  /** The person whose quotes alone are highlighted, or null for everyone's. */
  chosen: string | null;
  onChoose: (name: string | null) => void;
  onCopy: (name: string) => Promise<void>;
}

/**
 * "Voices": every person quoted, in order of first appearance, each a toggle button (aria-pressed)
 * that highlights only their quotes, with a button copying all of them; "All" shows everyone's again.
 */
export function Voices({ voices, chosen, onChoose, onCopy }: Props) {
  if (voices.length === 0) return null;
  return (
    <section class="ql-voices" aria-labelledby="ql-voices-heading">
      <div class="ql-voices-head">
        <h2 id="ql-voices-heading">{t('voices')}</h2>
        <button type="button" class="ql-button" aria-pressed={chosen === null ? 'true' : 'false'} onClick={() => onChoose(null)}>
          {t('allVoices')}
        </button>
      </div>
      <ul class="ql-voice-list" aria-labelledby="ql-voices-heading">
        {voices.map((voice) => (
          <li key={voice.name} class="ql-voice">
            <button
              type="button"
              class="ql-button ql-voice-button"
              aria-pressed={chosen === voice.name ? 'true' : 'false'}
              onClick={() => onChoose(chosen === voice.name ? null : voice.name)}
            >
              <span class="ql-voice-name">{voice.name}</span>
              {voice.role && <span class="ql-voice-role">{voice.role}</span>}
              <span class="ql-voice-count">{voice.quotes === 1 ? t('oneQuote') : t('quoteCount', voice.quotes)}</span>
            </button>
            <CopyButton label={t('copyVoiceQuotes')} accessibleLabel={t('copyQuotesBy', voice.name)} onCopy={() => onCopy(voice.name)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
