// Saves text or a blob as a file on the user's device (a blob URL on our own page: nothing is
// uploaded).

/** CSV text as a file's content, with a BOM so Excel opens the UTF-8 with its Thai text intact. */
export function csvBlob(text: string, type = 'text/csv;charset=utf-8'): Blob {
  return new Blob(['\ufeff', text], { type });
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
