// A story file (.json) dropped anywhere on the page opens in story mode. The story code loads
// only when a file is dropped.
import { useEffect } from 'react';
import type { AtlasData } from '../data/atlasData';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

export function useStoryFileDrop(data: AtlasData): void {
  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file || !/\.json$/i.test(file.name)) return;
      e.preventDefault();
      // Data files (import) may be JSON too: only a story-shaped file opens story mode.
      void import('../present/openStoryFile').then((m) => m.openStoryFile(file, data, true));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [data]);
}
