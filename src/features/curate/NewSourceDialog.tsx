import { useEffect, useId, useRef, useState } from 'react';
import type { Edit } from '../../data/edits/apply';
import { addSource } from '../../data/edits/builders';
import {
  newSource,
  sourceIdFor,
  textOfFile,
  type NewSourceField,
} from '../../data/edits/newSource';
import type { Workspace } from '../../data/edits/workspace';

interface Props {
  ws: Workspace;
  /** Applies the edit; the new source opens in the Article. */
  onAdd: (edit: Edit, sourceId: string) => void;
  onClose: () => void;
}

type Errors = Partial<Record<NewSourceField | 'file', string>>;

/**
 * The dialog "New source": an article's text pasted, dropped or chosen as a
 * .txt file, with its title, and its publisher and date only where the text
 * states them. Add saves nothing yet: Save writes sources.json and the text.
 */
export function NewSourceDialog({ ws, onAdd, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const uid = useId();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [title, setTitle] = useState('');
  const [id, setId] = useState('');
  const [publisher, setPublisher] = useState('');
  const [published, setPublished] = useState('');
  const [language, setLanguage] = useState('en');
  const [errors, setErrors] = useState<Errors>({});
  const [over, setOver] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
    };
  }, []);

  const take = async (file: File | undefined) => {
    if (!file) return;
    const r = textOfFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!r.ok) {
      setErrors((e) => ({ ...e, file: r.error }));
      return;
    }
    setText(r.text);
    setFileName(file.name);
    setErrors((e) => ({ ...e, file: undefined, text: undefined }));
  };

  const add = () => {
    const r = newSource(ws, { text, title, id, publisher, published, language });
    if (!r.ok) {
      setErrors(r.errors);
      // Focus goes to the first field that needs a change.
      const first = (['text', 'title', 'id', 'publisher', 'published', 'language'] as const).find(
        (f) => r.errors[f],
      );
      if (first) ref.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    try {
      onAdd(addSource(ws, r.source, r.text), String(r.source.id));
    } catch (e) {
      setErrors({ id: e instanceof Error ? e.message.replace(/^parley\/edits: /, '') : String(e) });
    }
  };

  const field = (name: NewSourceField) => ({
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': `${uid}-${name}-hint ${errors[name] ? `${uid}-${name}-error` : ''}`.trim(),
  });
  const error = (name: NewSourceField | 'file') =>
    errors[name] && (
      <span className="curate-error" id={`${uid}-${name}-error`} role="alert">
        {errors[name]}
      </span>
    );

  return (
    <dialog
      ref={ref}
      className="curate-dialog curate-new-source"
      aria-labelledby={`${uid}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <h2 id={`${uid}-title`}>New source</h2>
        <div className="curate-field">
          <label htmlFor={`${uid}-text`}>Text of the article</label>
          <textarea
            id={`${uid}-text`}
            {...field('text')}
            className={over ? 'curate-drop over' : 'curate-drop'}
            rows={8}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setFileName(undefined);
            }}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(false);
              void take(e.dataTransfer.files[0]);
            }}
          />
          <span className="hint" id={`${uid}-text-hint`}>
            Paste it, or drop a .txt file here. It is saved exactly as given, in the dataset’s{' '}
            <code>sources/</code>.{fileName ? ` From ${fileName}.` : ''}
          </span>
          {error('text')}
        </div>
        <div className="curate-field">
          <label htmlFor={`${uid}-file`}>Or choose a .txt file</label>
          <input
            id={`${uid}-file`}
            type="file"
            accept=".txt,text/plain"
            aria-describedby={errors.file ? `${uid}-file-error` : undefined}
            onChange={(e) => void take(e.target.files?.[0])}
          />
          {error('file')}
        </div>
        <div className="curate-field">
          <label htmlFor={`${uid}-title-input`}>Title</label>
          <input
            id={`${uid}-title-input`}
            type="text"
            {...field('title')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <span className="hint" id={`${uid}-title-hint`}>
            The article’s headline, or your own summary if it has none.
          </span>
          {error('title')}
        </div>
        <div className="curate-new-entity">
          <div className="curate-field">
            <label htmlFor={`${uid}-publisher`}>Publisher (optional)</label>
            <input
              id={`${uid}-publisher`}
              type="text"
              {...field('publisher')}
              value={publisher}
              onChange={(e) => setPublisher(e.target.value)}
            />
            <span className="hint" id={`${uid}-publisher-hint`}>
              Only if the text states it.
            </span>
          </div>
          <div className="curate-field">
            <label htmlFor={`${uid}-published`}>Published (optional)</label>
            <input
              id={`${uid}-published`}
              type="text"
              inputMode="numeric"
              {...field('published')}
              value={published}
              onChange={(e) => setPublished(e.target.value)}
            />
            <span className="hint" id={`${uid}-published-hint`}>
              YYYY, YYYY-MM or YYYY-MM-DD; only if the text states it.
            </span>
            {error('published')}
          </div>
          <div className="curate-field">
            <label htmlFor={`${uid}-language`}>Language</label>
            <input
              id={`${uid}-language`}
              type="text"
              {...field('language')}
              value={language}
              onChange={(e) => setLanguage(e.target.value)}
            />
            <span className="hint" id={`${uid}-language-hint`}>
              A tag such as en or vi.
            </span>
            {error('language')}
          </div>
          <div className="curate-field">
            <label htmlFor={`${uid}-id`}>Id (optional)</label>
            <input
              id={`${uid}-id`}
              type="text"
              {...field('id')}
              value={id}
              placeholder={title.trim() ? sourceIdFor(ws, title) : ''}
              onChange={(e) => setId(e.target.value)}
            />
            <span className="hint" id={`${uid}-id-hint`}>
              Made from the title when empty; the text is saved as sources/&lt;id&gt;.txt.
            </span>
            {error('id')}
          </div>
        </div>
        <div className="curate-actions">
          <button type="submit">Add source</button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
