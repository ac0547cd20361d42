import { useEffect, useRef } from 'react';
import { bindingLabel, isMac, useCommandList, useEscapeLayer } from '../shortcuts';
import type { Command } from '../shortcuts';
import './help.css';

interface Props {
  open: boolean;
  onClose: () => void;
  /** Extra guidance below the shortcut table (e.g. how to move on the canvas). */
  children?: React.ReactNode;
}

function groups(commands: readonly Command[]): [string, Command[]][] {
  const map = new Map<string, Command[]>();
  for (const c of commands) {
    if (c.keys.length === 0) continue;
    const g = c.group ?? 'General';
    map.set(g, [...(map.get(g) ?? []), c]);
  }
  return [...map];
}

/** "Keyboard shortcuts": every bound command of the registry, by group. */
export function HelpDialog({ open, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const commands = useCommandList();
  const mac = isMac();
  useEscapeLayer(open, onClose);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    else if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="help-dialog"
      aria-labelledby="help-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === ref.current) onClose(); // a click on the backdrop
      }}
    >
      {open && (
        <>
          <header className="help-header">
            <h2 id="help-title">Keyboard shortcuts</h2>
            <button type="button" className="icon-button" aria-label="Close help" onClick={onClose}>
              ×
            </button>
          </header>
          <div className="help-body">
            {groups(commands).map(([group, list]) => (
              <section key={group} aria-labelledby={`help-${group}`}>
                <h3 id={`help-${group}`}>{group}</h3>
                <table className="help-table">
                  <tbody>
                    {list.map((c) => (
                      <tr key={c.name}>
                        <th scope="row">{c.label}</th>
                        <td>
                          {c.keys.map((k, i) => (
                            <span key={k}>
                              {i > 0 && <span className="help-or"> or </span>}
                              {bindingLabel(k, mac).map((part, j) => (
                                <span key={j}>
                                  {j > 0 && '+'}
                                  <kbd>{part}</kbd>
                                </span>
                              ))}
                            </span>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))}
            {children}
          </div>
        </>
      )}
    </dialog>
  );
}
