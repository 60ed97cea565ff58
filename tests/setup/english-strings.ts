import english from '../../entrypoints/public/_locales/en/messages.json';
import { useFallbackMessages } from '../../components/i18n';

// Tests run without a browser's i18n: the English strings answer, as the browser would.
useFallbackMessages(english);
