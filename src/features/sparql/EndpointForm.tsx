import { useState, type Ref } from 'react';

interface Props {
  onConnect: (url: string) => void;
  /** The address to start from (the endpoint connected now). */
  initial?: string | undefined;
  busy?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  /** Connect is the panel's main action (SPARQL…), or a second one (Open…). */
  primary?: boolean;
}

/** "SPARQL endpoint URL" and Connect: in Open… and in SPARQL…. */
export function EndpointForm({ onConnect, initial, busy, inputRef, className, primary }: Props) {
  const [url, setUrl] = useState(initial ?? '');
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        if (url.trim()) onConnect(url.trim());
      }}
    >
      <label className="field">
        <span>SPARQL endpoint URL</span>
        <input
          ref={inputRef}
          type="url"
          required
          value={url}
          placeholder="https://example.org/sparql"
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <button type="submit" className={primary ? 'primary' : undefined} disabled={busy}>
        Connect
      </button>
    </form>
  );
}
