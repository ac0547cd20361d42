import type { ViewState } from './viewState';

/** What the view shows, in a few words for a file name ("dioxin-as-of-2023-06-filtered"). */
export function describeView(view: ViewState): string {
  const parts: string[] = [];
  if (view.focusCenter && view.focusDepth > 0)
    parts.push(`${view.focusCenter}-ego${view.focusDepth}`);
  else if (view.selection) parts.push(view.selection.id);
  if (view.asOf) parts.push(`as-of-${view.asOf}`);
  else if (view.period) parts.push(`${view.period[0]}-${view.period[1]}`);
  if (view.hiddenTypes.size || view.hiddenRelations.size || view.hideIsolated)
    parts.push('filtered');
  if (view.connection) parts.push(`path-${view.connection.from}-${view.connection.to}`);
  return parts.join('-');
}
