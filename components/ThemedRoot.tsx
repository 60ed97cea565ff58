import type { ComponentChildren } from 'preact';
import { settingsStyle, type ReadingSettings } from '../utils/settings';

/** The root every view draws in: theme and reading settings as a data attribute and CSS variables. */
export function ThemedRoot({ settings, view, children }: { settings: ReadingSettings; view: 'popup' | 'reader'; children: ComponentChildren }) {
  return (
    <div class={`ql-root ql-view-${view}`} data-theme={settings.theme} style={settingsStyle(settings, view)}>
      {children}
    </div>
  );
}
