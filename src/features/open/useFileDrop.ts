import { useEffect, useRef, useState } from 'react';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** A dropped folder's files, with their paths inside it ("my/entities/a.json"). */
async function folderFiles(entry: FileSystemDirectoryEntry): Promise<[File[], string[]]> {
  const files: File[] = [];
  const paths: string[] = [];
  async function walk(dir: FileSystemDirectoryEntry, prefix: string) {
    const reader = dir.createReader();
    // readEntries answers in batches until it returns none.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((ok, fail) =>
        reader.readEntries(ok, fail),
      );
      if (!batch.length) break;
      for (const e of batch) {
        const path = `${prefix}/${e.name}`;
        if (e.isDirectory) {
          if (e.name !== 'node_modules' && !e.name.startsWith('.'))
            await walk(e as FileSystemDirectoryEntry, path);
        } else {
          files.push(
            await new Promise<File>((ok, fail) => (e as FileSystemFileEntry).file(ok, fail)),
          );
          paths.push(path);
        }
      }
    }
  }
  await walk(entry, entry.name);
  return [files, paths];
}

/**
 * Files dropped anywhere on the page go to `onFiles`; a dropped folder goes
 * as its files with their paths (a dataset folder). Returns whether files
 * are being dragged over the page (for the drop overlay).
 */
export function useFileDrop(onFiles: (files: File[], paths?: string[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const onFilesRef = useRef(onFiles);
  useEffect(() => {
    onFilesRef.current = onFiles;
  }, [onFiles]);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // allows the drop
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      const files = Array.from(e.dataTransfer?.files ?? []);
      // Entries must be taken during the event; a folder is read after it.
      const folder = Array.from(e.dataTransfer?.items ?? [])
        .map((i) => i.webkitGetAsEntry?.())
        .find((entry): entry is FileSystemDirectoryEntry => !!entry?.isDirectory);
      depth = 0;
      setDragging(false);
      if (!files.length && !folder) return;
      e.preventDefault(); // never let the browser navigate to the file
      if (folder)
        void folderFiles(folder).then(
          ([f, paths]) => onFilesRef.current(f, paths),
          () => onFilesRef.current(files),
        );
      else onFilesRef.current(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}
